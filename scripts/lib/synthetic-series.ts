import type { AnnualPoint, Measure, MonthlyPoint } from '../../src/domain/indicators';
import { roundTo } from '../../src/domain/numbers';
import { formatFinancialYear, listMonthsOfFinancialYear } from '../../src/domain/period';

/**
 * Shared by the two generators of synthetic data (scripts/generate-demo-dataset.ts for the SPC demo,
 * bench/generate-synthetic-dataset.ts for the scale benchmark), so both build figures the same way.
 */

/** mulberry32: small, fast and good enough for synthetic noise; the same seed always gives the same numbers. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A financial year's Annual Trend row the way the report builds it: monthly percentages weighted by their
 * fractions, additive counts summed, anything else (snapshots, year-to-date figures) its last month.
 */
export function buildAnnualRow(startYear: number, monthly: MonthlyPoint[], measure: Pick<Measure, 'unit' | 'basis' | 'additive'>): AnnualPoint {
  const year = formatFinancialYear(startYear);
  const inYear = new Set(listMonthsOfFinancialYear(startYear));
  const points = monthly.filter((p) => inYear.has(p.month) && p.value !== null);
  const last = points.at(-1);
  if (!last) return { year, value: null };
  if (measure.unit === 'percent' && measure.basis === 'month') {
    const numerator = points.reduce((sum, p) => sum + (p.numerator ?? 0), 0);
    const denominator = points.reduce((sum, p) => sum + (p.denominator ?? 0), 0);
    return { year, value: denominator === 0 ? null : roundTo((100 * numerator) / denominator, 1), numerator, denominator };
  }
  if (measure.additive) return { year, value: points.reduce((sum, p) => sum + (p.value ?? 0), 0) };
  return { year, value: last.value, ...(last.numerator != null ? { numerator: last.numerator, denominator: last.denominator } : {}) };
}
