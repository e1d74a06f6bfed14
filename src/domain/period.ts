import type { AnnualPoint, Dataset, MonthlyPoint, Unit } from './indicators';
import { formatMonth } from './calendar';
import { compareIsoText } from './compare-iso-text';

/**
 * Reporting periods in the financial year (April to March). A period knows its months, so every figure for it
 * can be worked out from monthly points. Keys are what the URL carries: "2023-09", "2023-24-Q2", "2023-24".
 */

export type PeriodKind = 'month' | 'quarter' | 'year';
export type Quarter = 1 | 2 | 3 | 4;

export type Period = {
  kind: PeriodKind;
  key: string;
  label: string;
  /** "2023/24" */
  financialYear: string;
  /** Months in the period as YYYY-MM, in order. */
  months: string[];
  quarter?: Quarter;
};

const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const QUARTER_KEY = /^(\d{4})-(\d{2})-Q([1-4])$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, year: 2 };

/** "2024-02" -> "2023/24": January to March belong to the year that started the April before. */
export function financialYearOfMonth(month: string): string {
  const { year, monthNumber } = splitMonth(month);
  return formatFinancialYear(monthNumber >= 4 ? year : year - 1);
}

/** 2023 -> "2023/24" */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** "2023/24" -> 2023, or null when it is not a financial year. */
export function parseFinancialYear(financialYear: string): number | null {
  const match = FINANCIAL_YEAR.exec(financialYear);
  if (!match) return null;
  const start = Number(match[1]);
  return isConsecutive(start, match[2] ?? '') ? start : null;
}

/** The twelve months of a financial year, April first. */
export function listMonthsOfFinancialYear(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => shiftMonth(`${startYear}-04`, i));
}

export function createMonthPeriod(month: string): Period {
  return { kind: 'month', key: month, label: formatMonth(month), financialYear: financialYearOfMonth(month), months: [month] };
}

export function createQuarterPeriod(startYear: number, quarter: Quarter): Period {
  const financialYear = formatFinancialYear(startYear);
  const first = shiftMonth(`${startYear}-04`, (quarter - 1) * 3);
  return {
    kind: 'quarter',
    key: `${yearKey(startYear)}-Q${quarter}`,
    label: `Q${quarter} ${financialYear}`,
    financialYear,
    months: [first, shiftMonth(first, 1), shiftMonth(first, 2)],
    quarter,
  };
}

export function createYearPeriod(startYear: number): Period {
  const financialYear = formatFinancialYear(startYear);
  return { kind: 'year', key: yearKey(startYear), label: financialYear, financialYear, months: listMonthsOfFinancialYear(startYear) };
}

/**
 * Reads a period key; null for anything else (junk, month 13, "2023-25"). Year keys and month keys share a shape:
 * a key such as "2011-12" could be either, and is read as the month, because months are what the dashboard opens on.
 */
export function parsePeriodKey(key: string): Period | null {
  const quarter = QUARTER_KEY.exec(key);
  if (quarter) {
    const start = Number(quarter[1]);
    return isConsecutive(start, quarter[2] ?? '') ? createQuarterPeriod(start, Number(quarter[3]) as Quarter) : null;
  }
  const monthOrYear = MONTH_KEY.exec(key);
  if (!monthOrYear) return null;
  const start = Number(monthOrYear[1]);
  const second = Number(monthOrYear[2]);
  if (second >= 1 && second <= 12) return createMonthPeriod(key);
  return isConsecutive(start, monthOrYear[2] ?? '') ? createYearPeriod(start) : null;
}

/** The period just before: Sep -> Aug, Apr 2023 -> Mar 2023, Q1 -> Q4 of the year before, a year -> the year before. */
export function previousPeriod(period: Period): Period {
  const start = startYearOf(period);
  if (period.kind === 'month') return createMonthPeriod(shiftMonth(period.key, -1));
  if (period.kind === 'quarter') {
    const quarter = period.quarter ?? 1;
    return quarter === 1 ? createQuarterPeriod(start - 1, 4) : createQuarterPeriod(start, (quarter - 1) as Quarter);
  }
  return createYearPeriod(start - 1);
}

/** The same month, quarter or year one year earlier. */
export function samePeriodLastYear(period: Period): Period {
  const start = startYearOf(period);
  if (period.kind === 'month') return createMonthPeriod(shiftMonth(period.key, -12));
  if (period.kind === 'quarter') return createQuarterPeriod(start - 1, period.quarter ?? 1);
  return createYearPeriod(start - 1);
}

/**
 * The periods the data can answer for, as one flat list: months (newest first), then quarters, then years.
 * A month counts when any measure has a figure for it; a quarter when it holds such a month; a year when it
 * holds such a month or any measure has an Annual Trend figure for it. Each period carries its kind for grouping.
 */
export function listAvailablePeriods(dataset: Pick<Dataset, 'measures'>): Period[] {
  const months = new Set<string>();
  const years = new Set<number>();
  for (const measure of dataset.measures) {
    for (const point of measure.monthly) if (hasFigure(point, measure.unit)) months.add(point.month);
    for (const point of measure.annual) {
      const start = parseFinancialYear(point.year);
      if (hasFigure(point, measure.unit) && start !== null) years.add(start);
    }
  }
  const periods = new Map<string, Period>();
  for (const month of months) {
    const monthPeriod = createMonthPeriod(month);
    const start = startYearOf(monthPeriod);
    const quarter = createQuarterPeriod(start, quarterOfMonth(month));
    periods.set(monthPeriod.key, monthPeriod);
    periods.set(quarter.key, quarter);
    years.add(start);
  }
  for (const start of years) periods.set(yearKey(start), createYearPeriod(start));
  return [...periods.values()].sort(comparePeriodsForList);
}

/** The period the overview opens on: the latest reported month, else the latest year with an annual figure. */
export function defaultPeriod(periods: readonly Period[]): Period | null {
  return periods.find((p) => p.kind === 'month') ?? periods.find((p) => p.kind === 'year') ?? null;
}

/** Quarter of the financial year a month falls in: Apr-Jun is Q1, Jan-Mar Q4. */
export function quarterOfMonth(month: string): Quarter {
  const { monthNumber } = splitMonth(month);
  return (Math.floor(((monthNumber + 8) % 12) / 3) + 1) as Quarter;
}

/** Moves a YYYY-MM month by a number of months (negative for earlier). */
export function shiftMonth(month: string, by: number): string {
  const { year, monthNumber } = splitMonth(month);
  const index = year * 12 + (monthNumber - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function startYearOf(period: Period): number {
  return parseFinancialYear(period.financialYear) ?? 0;
}

function yearKey(startYear: number): string {
  return formatFinancialYear(startYear).replace('/', '-');
}

function isConsecutive(startYear: number, endDigits: string): boolean {
  return endDigits.length === 2 && (startYear + 1) % 100 === Number(endDigits);
}

function splitMonth(month: string): { year: number; monthNumber: number } {
  const [year, monthNumber] = month.split('-').map(Number);
  return { year: year ?? 0, monthNumber: monthNumber ?? 1 };
}

// Mirrors readPointValue in aggregate-period: a percentage can be worked out from its fraction.
function hasFigure(point: MonthlyPoint | AnnualPoint, unit: Unit): boolean {
  if (point.value !== null) return true;
  return unit === 'percent' && point.numerator != null && point.denominator != null && point.denominator > 0;
}

function comparePeriodsForList(a: Period, b: Period): number {
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  // Newest first: the last month of a period orders periods of one kind.
  return compareIsoText(b.months.at(-1) ?? '', a.months.at(-1) ?? '');
}
