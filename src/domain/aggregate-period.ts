import type { AnnualPoint, Measure, MonthlyPoint, Unit } from './indicators';
import { roundTo } from './numbers';
import type { Period } from './period';

/**
 * The figure of one measure for one period, worked out the way its basis allows (docs/period-semantics.md).
 * Where the exact figure cannot be computed the result says so: it falls back to the latest month with a
 * note, or gives no figure. It never averages monthly percentages, because the mean of 86.3, 65.0 and 81.3
 * is not the quarter's 78.0%.
 */

export type AggregationMethod = 'month' | 'sum' | 'weighted' | 'last-month' | 'annual-trend' | 'latest-month' | 'none';

export type PeriodValue = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  method: AggregationMethod;
  monthsWithData: number;
  monthsInPeriod: number;
  /** The month the figure stands for when method is 'last-month' or 'latest-month'. */
  asOfMonth: string | null;
  /** What the figure covers when it is not simply the period's own figure, or why there is none (presenters word it). */
  coverage: Coverage | null;
  /** True when the figure covers only part of the period (a total or year to date so far, or one month of several). */
  partial: boolean;
};

/** What a figure stands for when it is not the whole period's own figure. */
export type Coverage =
  | { kind: 'no-figure' }
  /** The Annual Trend row of the report's own year, which is its year to date; lastMonth null without monthly figures. */
  | { kind: 'annual-trend-to-date'; firstMonth: string; lastMonth: string | null }
  /** A snapshot: the position at the end of a month, which may be earlier than the period's last month. */
  | { kind: 'position'; month: string; early: boolean }
  /** A running total from April, or the sum of the months so far of a year. */
  | { kind: 'year-to-date'; firstMonth: string; lastMonth: string }
  /** A sum or weighted figure over only some of the period's months. */
  | { kind: 'part'; method: 'sum' | 'weighted'; months: string[]; monthsInPeriod: number; run: boolean }
  /** The latest month standing in for a period figure that cannot be worked out, and why not. */
  | { kind: 'latest-month'; month: string; reason: LatestMonthReason; periodKind: Period['kind'] };

export type LatestMonthReason = 'distinct-counts' | 'needs-fractions' | 'monthly-rates';

type Entry = { month: string; value: number; numerator: number | null; denominator: number | null };

/** A point's figure; a percentage given only as a fraction is worked out from it, to 1 dp like the report. */
export function readPointValue(point: MonthlyPoint | AnnualPoint, unit: Unit): number | null {
  if (point.value !== null) return point.value;
  const { numerator, denominator } = point;
  if (unit !== 'percent' || numerator == null || denominator == null || denominator === 0) return null;
  return roundTo((numerator / denominator) * 100, 1);
}

export function aggregatePeriod(measure: Measure, period: Period, reportingFinancialYear?: string): PeriodValue {
  if (period.kind === 'month') return aggregateMonth(measure, period);
  if (period.kind === 'year') {
    const annual = readAnnualTrend(measure, period, reportingFinancialYear);
    if (annual) return annual;
  }
  return aggregateMonths(measure, period);
}

function aggregateMonth(measure: Measure, period: Period): PeriodValue {
  const month = period.months[0] ?? period.key;
  const point = measure.monthly.find((p) => p.month === month);
  const value = point ? readPointValue(point, measure.unit) : null;
  if (!point || value === null) return describeNoFigure(period);
  return {
    ...fractionOf(point),
    value,
    method: point.value === null ? 'weighted' : 'month',
    monthsWithData: 1,
    monthsInPeriod: 1,
    asOfMonth: null,
    coverage: null,
    partial: false,
  };
}

function readAnnualTrend(measure: Measure, period: Period, reportingFinancialYear?: string): PeriodValue | null {
  const point = measure.annual.find((p) => p.year === period.financialYear);
  const value = point ? readPointValue(point, measure.unit) : null;
  if (!point || value === null) return null;
  const months = collectEntries(measure, period);
  const lastWithData = months.at(-1)?.month ?? null;
  // The report's Annual Trend row for the current year is its year-to-date figure.
  const isYearToDate = period.financialYear === reportingFinancialYear && lastWithData !== period.months.at(-1);
  const first = period.months[0] ?? '';
  return {
    ...fractionOf(point),
    value,
    method: 'annual-trend',
    monthsWithData: months.length,
    monthsInPeriod: period.months.length,
    asOfMonth: null,
    coverage: isYearToDate ? { kind: 'annual-trend-to-date', firstMonth: first, lastMonth: lastWithData } : null,
    partial: isYearToDate,
  };
}

function aggregateMonths(measure: Measure, period: Period): PeriodValue {
  const entries = collectEntries(measure, period);
  const last = entries.at(-1);
  if (!last) return describeNoFigure(period);
  const counts = { monthsWithData: entries.length, monthsInPeriod: period.months.length };

  if (measure.basis !== 'month') return takeLastMonth(measure, period, last, counts);
  if (measure.unit === 'count') {
    if (measure.additive) return sumEntries(period, entries, counts);
    return takeLatestMonth(period, last, counts, 'distinct-counts');
  }
  if (measure.unit === 'percent' && entries.every((e) => e.numerator !== null && e.denominator !== null)) {
    const weighted = weightEntries(period, entries, counts);
    if (weighted) return weighted;
  }
  if (measure.unit === 'percent') return takeLatestMonth(period, last, counts, 'needs-fractions');
  // A month-basis rate over several months needs the period's events and population, which monthly rates do not give.
  return takeLatestMonth(period, last, counts, 'monthly-rates');
}

function takeLastMonth(measure: Measure, period: Period, last: Entry, counts: Counts): PeriodValue {
  const first = period.months[0] ?? last.month;
  const isEarly = last.month !== period.months.at(-1);
  const coverage: Coverage =
    measure.basis === 'snapshot'
      ? { kind: 'position', month: last.month, early: isEarly }
      : { kind: 'year-to-date', firstMonth: financialYearStart(first), lastMonth: last.month };
  return { ...fractionOf(last), value: last.value, method: 'last-month', ...counts, asOfMonth: last.month, coverage, partial: isEarly };
}

function sumEntries(period: Period, entries: Entry[], counts: Counts): PeriodValue {
  const value = entries.reduce((total, e) => total + e.value, 0);
  const coverage = findCoverage(period, entries, 'sum');
  return { value, numerator: null, denominator: null, method: 'sum', ...counts, asOfMonth: null, coverage, partial: coverage !== null };
}

function weightEntries(period: Period, entries: Entry[], counts: Counts): PeriodValue | null {
  const numerator = entries.reduce((total, e) => total + (e.numerator ?? 0), 0);
  const denominator = entries.reduce((total, e) => total + (e.denominator ?? 0), 0);
  if (denominator === 0) return null;
  const value = roundTo((numerator / denominator) * 100, 1);
  const coverage = findCoverage(period, entries, 'weighted');
  return { value, numerator, denominator, method: 'weighted', ...counts, asOfMonth: null, coverage, partial: coverage !== null };
}

function takeLatestMonth(period: Period, last: Entry, counts: Counts, reason: LatestMonthReason): PeriodValue {
  const coverage: Coverage = { kind: 'latest-month', month: last.month, reason, periodKind: period.kind };
  return { ...fractionOf(last), value: last.value, method: 'latest-month', ...counts, asOfMonth: last.month, coverage, partial: true };
}

function describeNoFigure(period: Period): PeriodValue {
  return {
    value: null,
    numerator: null,
    denominator: null,
    method: 'none',
    monthsWithData: 0,
    monthsInPeriod: period.months.length,
    asOfMonth: null,
    coverage: { kind: 'no-figure' },
    partial: false,
  };
}

type Counts = { monthsWithData: number; monthsInPeriod: number };

/** Null when every month of the period has a figure; otherwise which months the figure covers. */
function findCoverage(period: Period, entries: Entry[], method: 'sum' | 'weighted'): Coverage | null {
  if (entries.length === period.months.length) return null;
  const months = entries.map((e) => e.month);
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const run = period.months.indexOf(last) - period.months.indexOf(first) === months.length - 1;
  if (period.kind === 'year' && run && first === period.months[0]) return { kind: 'year-to-date', firstMonth: first, lastMonth: last };
  return { kind: 'part', method, months, monthsInPeriod: period.months.length, run };
}

function collectEntries(measure: Measure, period: Period): Entry[] {
  const byMonth = new Map(measure.monthly.map((p) => [p.month, p]));
  const entries: Entry[] = [];
  for (const month of period.months) {
    const point = byMonth.get(month);
    const value = point ? readPointValue(point, measure.unit) : null;
    if (point && value !== null) entries.push({ month, value, ...fractionOf(point) });
  }
  return entries;
}

function fractionOf(point: { numerator?: number | null; denominator?: number | null }) {
  return { numerator: point.numerator ?? null, denominator: point.denominator ?? null };
}

function financialYearStart(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return `${monthNumber >= 4 ? year : year - 1}-04`;
}
