import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import type { Measure } from '../../src/domain/indicators';
import { analyseSpc } from '../../src/domain/spc/analyse-spc';
import { DEMO_PATH, generateDemoDataset } from '../../scripts/generate-demo-dataset';
import { createRandom } from '../../scripts/lib/synthetic-series';

const file = datasetSchema.parse(JSON.parse(readFileSync(DEMO_PATH, 'utf8')));
const byId = (id: string): Measure => {
  const measure = file.measures.find((m) => m.id === id);
  if (!measure) throw new Error(`no ${id}`);
  return measure;
};

describe('the synthetic demo dataset', () => {
  it('is valid data contract v1 and says everywhere that it is synthetic', () => {
    expect(file.synthetic).toBe(true);
    expect(file.authority.name).toBe('Demo Borough Council (synthetic data)');
    expect(file.title).toContain('synthetic');
    for (const area of file.serviceAreas) expect(area.name).toContain('(synthetic)');
  });

  it('is exactly what the generator writes, so it can be regenerated', () => {
    expect(generateDemoDataset()).toEqual(file);
  });

  it('is deterministic: a seeded generator, never Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(generateDemoDataset(7)).toEqual(generateDemoDataset(7));
    expect(generateDemoDataset(7)).not.toEqual(generateDemoDataset(8));
    expect(random).not.toHaveBeenCalled();
    const a = createRandom(1);
    const b = createRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('has four and a half years of months, April 2019 to September 2023, and nothing later', () => {
    for (const measure of file.measures) {
      const reported = measure.monthly.filter((p) => p.value !== null).map((p) => p.month);
      expect(reported[0]).toBe('2019-04');
      expect(reported.at(-1)).toBe('2023-09');
      expect(reported).toHaveLength(54);
    }
  });

  it('builds Annual Trend rows from the months: 2022/23 referrals in 1 day is the sum of its fractions', () => {
    const measure = byId('demo-referrals-1-day');
    const months = measure.monthly.filter((p) => p.month >= '2022-04' && p.month <= '2023-03');
    const numerator = months.reduce((t, p) => t + (p.numerator ?? 0), 0);
    expect(measure.annual.find((a) => a.year === '2022/23')?.numerator).toBe(numerator);
  });

  describe('planted signals', () => {
    it('August 2023 referrals in 1 working day: below the lower limit', () => {
      const result = analyseSpc(byId('demo-referrals-1-day'), { throughMonth: '2023-08' });
      expect(result).toMatchObject({ status: 'ok', variation: { kind: 'concern', side: 'low', rules: ['outside-limits'] } });
    });

    it('re-referrals shifted up from October 2022: a concern now', () => {
      const result = analyseSpc(byId('demo-re-referrals'));
      if (result.status !== 'ok') throw new Error(result.message);
      expect(result.variation).toMatchObject({ kind: 'concern', side: 'high' });
      expect(result.episodes).toContainEqual(expect.objectContaining({ rule: 'shift', side: 'high', start: result.points.findIndex((p) => p.month === '2022-10') }));
    });

    it('assessments in 45 days rising since January 2023: an improvement with a trend', () => {
      const result = analyseSpc(byId('demo-assessments-45-days'));
      expect(result).toMatchObject({ status: 'ok', variation: { kind: 'improvement', side: 'high' } });
      expect(result.status === 'ok' && result.variation?.rules).toContain('trend');
    });

    it('referrals received stepped up in April 2021: a shift that is neither good nor bad', () => {
      const result = analyseSpc(byId('demo-referrals-received'));
      expect(result.status === 'ok' && result.episodes.filter((e) => e.rule === 'shift').map((e) => e.side)).toEqual(['low', 'high']);
      expect(result.status === 'ok' && result.points.filter((p) => p.hits.length > 0).length).toBeGreaterThan(0);
    });

    it('assurance: CP visits always miss 90%, allocation always meets 95%, NEET is hit and miss', () => {
      expect(analyseSpc(byId('demo-cp-visits-10-days'))).toMatchObject({ assurance: 'fail' });
      expect(analyseSpc(byId('demo-cic-allocated'))).toMatchObject({ assurance: 'pass' });
      expect(analyseSpc(byId('demo-care-leavers-neet'))).toMatchObject({ assurance: 'hit-and-miss' });
    });
  });
});
