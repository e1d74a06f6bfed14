import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { measureUsualVariation } from '../../src/domain/usual-variation';
import { annualFrom, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const bundled = datasetSchema.parse(JSON.parse(readFileSync('public/data/indicators.json', 'utf8')));
const bundledMeasure = (id: string) => bundled.measures.find((m) => m.id === id)!;

describe('measureUsualVariation', () => {
  it('is the mean moving range of the monthly figures: CSC 040 58, 55.6, 56, 47.3, 62, 47.7', () => {
    // Ranges 2.4, 0.4, 8.7, 14.7, 14.3: mean 8.1.
    expect(measureUsualVariation(bundledMeasure('csc-040'))).toBeCloseTo(8.1, 5);
  });

  it("takes a measure that builds up by its distance from the trajectory, not its climb: CSC 250's 4% to 54%", () => {
    // Against the straight line to 90% (7.5, 15, ..., 45): -3.7, -8.6, -6.1, 2, 0.7, 8.5; ranges average 4.92, where
    // the raw climb's ranges (2.6, 10, 15.6, 6.2, 15.3) average 9.94.
    expect(measureUsualVariation(bundledMeasure('csc-250'))).toBeCloseTo(4.92, 5);
  });

  it("takes a running total by its monthly additions, so the year's growth is not variation", () => {
    const ytd = makeMeasure({ id: 'ytd', unit: 'count', basis: 'year-to-date', additive: true, monthly: monthsFrom([10, 22, 31, 45]) });
    // Additions 10, 12, 9, 14: ranges 2, 3, 5.
    expect(measureUsualVariation(ytd)).toBeCloseTo(10 / 3, 5);
  });

  it('only takes neighbouring months as a range, skipping a gap', () => {
    const gappy = makeMeasure({ id: 'gappy', monthly: monthsFrom([50, 52, null, 80, 81, 83]) });
    // 50->52, 80->81, 81->83: the jump across the blank June is not a month-to-month move.
    expect(measureUsualVariation(gappy)).toBeCloseTo(5 / 3, 5);
  });

  it('falls back to the annual figures without two monthly ranges, and has none without either', () => {
    const annualOnly = makeMeasure({ id: 'annual', annual: annualFrom([60, 64, 61]) });
    expect(measureUsualVariation(annualOnly)).toBeCloseTo(3.5, 5);
    expect(measureUsualVariation(makeMeasure({ id: 'two-months', monthly: monthsFrom([60, 64]) }))).toBeNull();
  });

  it('takes the last two years (25 months) as usual, not an old way of working', () => {
    const months = Array.from({ length: 36 }, (_, i) => `${2021 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);
    // A first year swinging by 40 a month, then two steady years moving 1 a month.
    const monthly = months.map((month, i) => ({ month, value: i < 11 ? (i % 2 ? 80 : 40) : 60 + (i % 2) }));
    expect(measureUsualVariation(makeMeasure({ id: 'settled', monthly }))).toBe(1);
  });

  it('never reports a flat history as no variation at all, which would make any change infinite', () => {
    expect(measureUsualVariation(makeMeasure({ id: 'flat', monthly: monthsFrom([5, 5, 5, 5]) }))).toBe(0.05);
    expect(measureUsualVariation(makeMeasure({ id: 'flat-count', unit: 'count', monthly: monthsFrom([12, 12, 12]) }))).toBe(0.5);
  });
});
