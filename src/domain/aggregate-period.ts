import type { AnnualPoint, Measure, MonthlyPoint, Unit } from './indicators';
import { formatMonth, formatMonthRange } from './calendar';
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
  /** For the reader: what the figure is when it is not simply the period's figure, or why there is none. */
  note: string | null;
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
  if (!point || value === null) return describeNoFigure(period, `No figure for ${period.label}`);
  return {
    ...fractionOf(point),
    value,
    method: point.value === null ? 'weighted' : 'month',
    monthsWithData: 1,
    monthsInPeriod: 1,
    asOfMonth: null,
    note: null,
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
  const sinceApril = lastWithData ? ` (${formatMonthRange(first, lastWithData)})` : '';
  return {
    ...fractionOf(point),
    value,
    method: 'annual-trend',
    monthsWithData: months.length,
    monthsInPeriod: period.months.length,
    asOfMonth: null,
    note: isYearToDate ? `Year to date${sinceApril}, from the Annual Trend row` : null,
    partial: isYearToDate,
  };
}

function aggregateMonths(measure: Measure, period: Period): PeriodValue {
  const entries = collectEntries(measure, period);
  const last = entries.at(-1);
  if (!last) return describeNoFigure(period, `No figure for ${period.label}`);
  const counts = { monthsWithData: entries.length, monthsInPeriod: period.months.length };

  if (measure.basis !== 'month') return takeLastMonth(measure, period, last, counts);
  if (measure.unit === 'count') {
    if (measure.additive) return sumEntries(period, entries, counts);
    return takeLatestMonth(last, counts, 'the same child or family can be counted in more than one month, so months cannot be added up');
  }
  if (measure.unit === 'percent' && entries.every((e) => e.numerator !== null && e.denominator !== null)) {
    const weighted = weightEntries(period, entries, counts);
    if (weighted) return weighted;
  }
  if (measure.unit === 'percent') return takeLatestMonth(last, counts, `a ${period.kind} figure needs numerators and denominators`);
  // A month-basis rate over several months needs the period's events and population, which monthly rates do not give.
  return takeLatestMonth(last, counts, `a rate for the ${period.kind} cannot be worked out from monthly rates`);
}

function takeLastMonth(measure: Measure, period: Period, last: Entry, counts: Counts): PeriodValue {
  const first = period.months[0] ?? last.month;
  const isEarly = last.month !== period.months.at(-1);
  const note =
    measure.basis === 'snapshot'
      ? `Position at end of ${formatMonth(last.month)}${isEarly ? ', the latest month with a figure' : ''}`
      : `Year to date (${formatMonthRange(financialYearStart(first), last.month)})`;
  return { ...fractionOf(last), value: last.value, method: 'last-month', ...counts, asOfMonth: last.month, note, partial: isEarly };
}

function sumEntries(period: Period, entries: Entry[], counts: Counts): PeriodValue {
  const value = entries.reduce((total, e) => total + e.value, 0);
  const note = describeCoverage(period, entries, 'Sum of');
  return { value, numerator: null, denominator: null, method: 'sum', ...counts, asOfMonth: null, note, partial: note !== null };
}

function weightEntries(period: Period, entries: Entry[], counts: Counts): PeriodValue | null {
  const numerator = entries.reduce((total, e) => total + (e.numerator ?? 0), 0);
  const denominator = entries.reduce((total, e) => total + (e.denominator ?? 0), 0);
  if (denominator === 0) return null;
  const value = roundTo((numerator / denominator) * 100, 1);
  const note = describeCoverage(period, entries, 'Weighted over');
  return { value, numerator, denominator, method: 'weighted', ...counts, asOfMonth: null, note, partial: note !== null };
}

function takeLatestMonth(last: Entry, counts: Counts, reason: string): PeriodValue {
  const note = `Latest month (${formatMonth(last.month)}): ${reason}`;
  return { ...fractionOf(last), value: last.value, method: 'latest-month', ...counts, asOfMonth: last.month, note, partial: true };
}

function describeNoFigure(period: Period, note: string): PeriodValue {
  return {
    value: null,
    numerator: null,
    denominator: null,
    method: 'none',
    monthsWithData: 0,
    monthsInPeriod: period.months.length,
    asOfMonth: null,
    note,
    partial: false,
  };
}

type Counts = { monthsWithData: number; monthsInPeriod: number };

/** Null when every month of the period has a figure; otherwise which months the figure covers. */
function describeCoverage(period: Period, entries: Entry[], verb: string): string | null {
  if (entries.length === period.months.length) return null;
  const months = entries.map((e) => e.month);
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const isRun = period.months.indexOf(last) - period.months.indexOf(first) === months.length - 1;
  if (period.kind === 'year' && isRun && first === period.months[0]) return `Year to date (${formatMonthRange(first, last)})`;
  const which = isRun ? formatMonthRange(first, last) : months.map(formatMonth).join(', ');
  return `${verb} ${months.length} of ${period.months.length} months (${which})`;
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
