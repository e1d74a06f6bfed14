import type { AnnualPoint, Measure, MonthlyPoint, Unit } from './indicators';
import { roundTo } from './numbers';
import type { Period } from './period';
import { coverageMeasureOf, isQuarterEnd, quarterKeyOf, type Coverage, type LatestMonthReason } from './coverage';

export type { Coverage, CoverageMeasure, LatestMonthReason } from './coverage';

/**
 * The figure of one measure for one period, worked out the way its basis allows (docs/period-semantics.md).
 * Where the exact figure cannot be computed the result says so: it falls back to the latest month with a
 * note, or gives no figure. It never averages monthly percentages, because the mean of 86.3, 65.0 and 81.3
 * is not the quarter's 78.0%.
 */

export type AggregationMethod =
  | 'month'
  | 'sum'
  | 'weighted'
  | 'last-month'
  | 'annual-trend'
  | 'latest-month'
  | 'quarter-point'
  | 'stated'
  | 'none';

/** What the report as a whole says about the period, beyond one measure's figures. */
export type AggregateContext = {
  /** The report's financial year: its Annual Trend row is the year to date. */
  financialYear?: string | undefined;
  /** The last month the report covers ("2023-09"): a year to date runs to it even where this measure's cell is blank. */
  lastMonth?: string | null | undefined;
  /** The family's year-to-date member, which gives a month-basis member its year figure (CSC 038 for CSC 040). */
  yearSibling?: Measure | null | undefined;
  /** A year-to-date member that exists but cannot be relied on (CSC 252b 15 days): then the year has no figure. */
  unreliableSibling?: Measure | null | undefined;
};

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

type Entry = { month: string; value: number; numerator: number | null; denominator: number | null };

/** A point's figure; a percentage given only as a fraction is worked out from it, to 1 dp like the report. */
export function readPointValue(point: MonthlyPoint | AnnualPoint, unit: Unit): number | null {
  if (point.value !== null) return point.value;
  const { numerator, denominator } = point;
  if (unit !== 'percent' || numerator == null || denominator == null || denominator === 0) return null;
  return roundTo((numerator / denominator) * 100, 1);
}

/**
 * `context` is the report's financial year (as a string, as before) or what else the report says (its last month,
 * the measure's family): see AggregateContext.
 */
export function aggregatePeriod(measure: Measure, period: Period, context: string | AggregateContext = {}): PeriodValue {
  const ctx: AggregateContext = typeof context === 'string' ? { financialYear: context } : context;
  if (period.kind === 'month') return aggregateMonth(measure, period);
  if (period.kind === 'year' && measure.basis === 'month') {
    const fromFamily = readFamilyYear(measure, period, ctx);
    if (fromFamily) return fromFamily;
  }
  if (period.kind === 'year') {
    const annual = readAnnualTrend(measure, period, ctx);
    if (annual) return annual;
  }
  return aggregateMonths(measure, period, ctx);
}

function aggregateMonth(measure: Measure, period: Period): PeriodValue {
  const month = period.months[0] ?? period.key;
  const point = measure.monthly.find((p) => p.month === month);
  const value = point ? readPointValue(point, measure.unit) : null;
  const quarterly = measure.pointsCover === 'quarter';
  if (!point || value === null) return describeNoFigure(period, quarterly && !isQuarterEnd(month) ? { kind: 'no-figure', quarterly: true } : undefined);
  return {
    ...fractionOf(point),
    value,
    method: point.value === null ? 'weighted' : 'month',
    monthsWithData: 1,
    monthsInPeriod: 1,
    asOfMonth: null,
    coverage: quarterly ? { kind: 'quarter-point', month, quarterKey: quarterKeyOf(month) } : null,
    partial: false,
  };
}

/**
 * A month-basis member's year: its family's year-to-date member's figure (CSC 040's year is CSC 038's 54.0%); no
 * year figure where that member is unreliable, or where the Annual Trend cell only repeats a month (CSC 250b),
 * with that month's figure labelled as the month.
 */
function readFamilyYear(measure: Measure, period: Period, ctx: AggregateContext): PeriodValue | null {
  if (ctx.yearSibling) {
    const result = aggregatePeriod(ctx.yearSibling, period, { ...ctx, yearSibling: null, unreliableSibling: null });
    if (result.value === null) return null;
    return { ...result, coverage: { kind: 'from-year-to-date', sibling: coverageMeasureOf(ctx.yearSibling), inner: result.coverage } };
  }
  const repeats = measure.annual.find((p) => p.year === period.financialYear)?.repeatsMonth;
  if (!ctx.unreliableSibling && !repeats) return null;
  const last = collectEntries(measure, period).at(-1);
  if (!last) return describeNoFigure(period);
  const counts = { monthsWithData: collectEntries(measure, period).length, monthsInPeriod: period.months.length };
  const result = takeLatestMonth(period, last, counts, ctx.unreliableSibling ? 'unreliable-year-to-date' : 'no-year-figure');
  if (ctx.unreliableSibling && result.coverage?.kind === 'latest-month') result.coverage.sibling = coverageMeasureOf(ctx.unreliableSibling);
  return result;
}

function readAnnualTrend(measure: Measure, period: Period, ctx: AggregateContext): PeriodValue | null {
  const point = measure.annual.find((p) => p.year === period.financialYear);
  const value = point ? readPointValue(point, measure.unit) : null;
  if (!point || value === null || point.repeatsMonth) return null;
  const months = collectEntries(measure, period);
  const lastWithData = months.at(-1)?.month ?? null;
  // The report's Annual Trend row for the current year is its year-to-date figure.
  const isYearToDate = period.financialYear === ctx.financialYear && lastWithData !== period.months.at(-1);
  const first = period.months[0] ?? '';
  const through = isYearToDate ? reportThrough(period, ctx, lastWithData) : null;
  const coverage: Coverage | null = !isYearToDate
    ? null
    : measure.basis === 'snapshot' && lastWithData
      ? { kind: 'position', month: lastWithData, early: through !== lastWithData, periodKind: period.kind }
      : { kind: 'annual-trend-to-date', firstMonth: first, lastMonth: through, blankMonths: blankMonthsUpTo(measure, period, months, through) };
  return {
    ...fractionOf(point),
    value,
    method: 'annual-trend',
    monthsWithData: months.length,
    monthsInPeriod: period.months.length,
    asOfMonth: measure.basis === 'snapshot' && isYearToDate ? lastWithData : null,
    coverage,
    partial: isYearToDate,
  };
}

function aggregateMonths(measure: Measure, period: Period, ctx: AggregateContext): PeriodValue {
  const entries = collectEntries(measure, period);
  const last = entries.at(-1);
  const stated = measure.statedFigures?.find((f) => f.period === period.key);
  const statedValue = (): PeriodValue | null =>
    stated
      ? { value: stated.value, numerator: null, denominator: null, method: 'stated', monthsWithData: entries.length, monthsInPeriod: period.months.length, asOfMonth: null, coverage: { kind: 'stated', source: stated.source }, partial: false }
      : null;
  if (!last) return statedValue() ?? describeNoFigure(period);
  const counts = { monthsWithData: entries.length, monthsInPeriod: period.months.length };
  if (measure.pointsCover === 'quarter' && period.kind === 'quarter' && entries.length === 1 && last.month === period.months.at(-1))
    return { ...fractionOf(last), value: last.value, method: 'quarter-point', ...counts, asOfMonth: null, coverage: null, partial: false };

  if (measure.basis !== 'month') return takeLastMonth(measure, period, last, counts);
  if (measure.unit === 'count') {
    if (measure.additive) return sumEntries(measure, period, entries, counts, ctx);
    return takeLatestMonth(period, last, counts, 'distinct-counts');
  }
  if (measure.unit === 'percent' && entries.every((e) => e.numerator !== null && e.denominator !== null)) {
    const weighted = weightEntries(measure, period, entries, counts, ctx);
    if (weighted) return weighted;
  }
  // The table cannot give the period's figure: the report's own statement of it, where the data carries one.
  const fromText = statedValue();
  if (fromText) return fromText;
  if (measure.unit === 'percent') return takeLatestMonth(period, last, counts, 'needs-fractions');
  // A month-basis rate over several months needs the period's events and population, which monthly rates do not give.
  return takeLatestMonth(period, last, counts, 'monthly-rates');
}

function takeLastMonth(measure: Measure, period: Period, last: Entry, counts: Counts): PeriodValue {
  const first = period.months[0] ?? last.month;
  const isEarly = last.month !== period.months.at(-1);
  const coverage: Coverage =
    measure.basis === 'snapshot'
      ? { kind: 'position', month: last.month, early: isEarly, periodKind: period.kind }
      : { kind: 'year-to-date', firstMonth: financialYearStart(first), lastMonth: last.month, blankMonths: [] };
  return { ...fractionOf(last), value: last.value, method: 'last-month', ...counts, asOfMonth: last.month, coverage, partial: isEarly };
}

function sumEntries(measure: Measure, period: Period, entries: Entry[], counts: Counts, ctx: AggregateContext): PeriodValue {
  const value = entries.reduce((total, e) => total + e.value, 0);
  const coverage = findCoverage(measure, period, entries, 'sum', ctx);
  return { value, numerator: null, denominator: null, method: 'sum', ...counts, asOfMonth: null, coverage, partial: coverage !== null };
}

function weightEntries(measure: Measure, period: Period, entries: Entry[], counts: Counts, ctx: AggregateContext): PeriodValue | null {
  const numerator = entries.reduce((total, e) => total + (e.numerator ?? 0), 0);
  const denominator = entries.reduce((total, e) => total + (e.denominator ?? 0), 0);
  if (denominator === 0) return null;
  const value = roundTo((numerator / denominator) * 100, 1);
  const coverage = findCoverage(measure, period, entries, 'weighted', ctx);
  return { value, numerator, denominator, method: 'weighted', ...counts, asOfMonth: null, coverage, partial: coverage !== null };
}

function takeLatestMonth(period: Period, last: Entry, counts: Counts, reason: LatestMonthReason): PeriodValue {
  const coverage: Coverage = { kind: 'latest-month', month: last.month, reason, periodKind: period.kind };
  return { ...fractionOf(last), value: last.value, method: 'latest-month', ...counts, asOfMonth: last.month, coverage, partial: true };
}

function describeNoFigure(period: Period, coverage: Coverage = { kind: 'no-figure' }): PeriodValue {
  return {
    value: null,
    numerator: null,
    denominator: null,
    method: 'none',
    monthsWithData: 0,
    monthsInPeriod: period.months.length,
    asOfMonth: null,
    coverage,
    partial: false,
  };
}

type Counts = { monthsWithData: number; monthsInPeriod: number };

/**
 * Null when every month of the period has a figure; otherwise which months the figure covers. A year so far runs
 * to the report's last month even where this measure leaves months blank (the blanks are named), so a sum over
 * Apr-Aug with September blank reads "Apr–Sep 2023; Sep blank in the report", not "Apr–Aug".
 */
function findCoverage(measure: Measure, period: Period, entries: Entry[], method: 'sum' | 'weighted', ctx: AggregateContext): Coverage | null {
  if (entries.length === period.months.length) return null;
  const months = entries.map((e) => e.month);
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const run = period.months.indexOf(last) - period.months.indexOf(first) === months.length - 1;
  if (period.kind === 'year' && first === period.months[0]) {
    const through = reportThrough(period, ctx, last) ?? last;
    const blankMonths = blankMonthsUpTo(measure, period, entries, through);
    if (run || blankMonths.length > 0) return { kind: 'year-to-date', firstMonth: first, lastMonth: through, blankMonths };
  }
  return { kind: 'part', method, months, monthsInPeriod: period.months.length, run };
}

/** The report's last month when it falls in the period (and not before `lastWithData`), else the last month with data. */
function reportThrough(period: Period, ctx: AggregateContext, lastWithData: string | null): string | null {
  const reportLast = ctx.lastMonth ?? null;
  if (reportLast && period.months.includes(reportLast) && (!lastWithData || reportLast >= lastWithData)) return reportLast;
  return lastWithData;
}

/** Months of the period up to and including `through` that have no figure (a quarterly measure's other months are not blanks). */
function blankMonthsUpTo(measure: Measure, period: Period, entries: { month: string }[], through: string | null): string[] {
  if (!through) return [];
  const held = new Set(entries.map((e) => e.month));
  const expected = (m: string) => measure.pointsCover !== 'quarter' || isQuarterEnd(m);
  return period.months.filter((m) => m <= through && !held.has(m) && expected(m));
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
