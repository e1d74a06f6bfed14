import { generateSyntheticDataset } from '../../bench/generate-synthetic-dataset';
import { datasetSchema } from '../../src/data/contract/indicator-schema';

describe('generateSyntheticDataset', () => {
  const dataset = generateSyntheticDataset({ measures: 40, years: 3, seed: 7 });

  it('passes data contract v1', () => {
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('is labelled synthetic wherever a reader would look', () => {
    expect(dataset.synthetic).toBe(true);
    expect(dataset.authority.name).toMatch(/\(synthetic\)$/);
    expect(dataset.title).toMatch(/synthetic/i);
  });

  it('spreads the measures over 8 service areas with monthly history for every year', () => {
    expect(dataset.serviceAreas).toHaveLength(8);
    expect(new Set(dataset.measures.map((m) => m.serviceArea)).size).toBe(8);
    expect(dataset.measures).toHaveLength(40);
    for (const measure of dataset.measures) {
      expect(measure.monthly).toHaveLength(36);
      expect(measure.annual.map((a) => a.year)).toEqual(['2022/23', '2023/24', '2024/25']);
    }
    expect(dataset.measures[0]?.monthly[0]?.month).toBe('2022-04');
    expect(dataset.measures[0]?.monthly.at(-1)?.month).toBe('2025-03');
  });

  it('mixes units and bases, with numerators and denominators for percentages', () => {
    const units = new Set(dataset.measures.map((m) => m.unit));
    expect(units).toEqual(new Set(['percent', 'count', 'rate-per-10k']));
    expect(new Set(dataset.measures.map((m) => m.basis))).toEqual(new Set(['month', 'year-to-date', 'snapshot']));
    const percentPoints = dataset.measures.filter((m) => m.unit === 'percent').flatMap((m) => m.monthly.filter((p) => p.value !== null));
    expect(percentPoints.length).toBeGreaterThan(0);
    for (const point of percentPoints) expect(point.denominator).toBeGreaterThan(0);
  });

  it('gives the same dataset for the same seed and a different one for another seed', () => {
    expect(generateSyntheticDataset({ measures: 40, years: 3, seed: 7 })).toEqual(dataset);
    expect(generateSyntheticDataset({ measures: 40, years: 3, seed: 8 })).not.toEqual(dataset);
  });
});
