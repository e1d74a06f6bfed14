import type { Basis, Measure } from './indicators';
import { formatMonth, formatMonthRange } from './calendar';
import { readPointValue } from './aggregate-period';
import { evaluateStatus, type Status } from './evaluate-status';
import { listMonthsOfFinancialYear, parseFinancialYear } from './period';

/**
 * The Annual Trend row, oldest year first, for the bar chart and its table. The reporting year's figure is only
 * the year so far until March has a figure, so it is flagged: a half-year total beside whole years is not a fall.
 */

export type AnnualChartPoint = {
  /** "2023/24" */
  year: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  status: Status;
  yearToDate: boolean;
  /** The last month the year-to-date figure covers ("2023-09"); null for whole years or when no month has a figure. */
  throughMonth: string | null;
};

export function buildAnnualChartData(measure: Measure, reportingFinancialYear: string): AnnualChartPoint[] {
  return [...measure.annual]
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((point) => {
      const value = readPointValue(point, measure.unit);
      const lastMonth = point.year === reportingFinancialYear ? lastMonthWithFigure(measure, point.year) : null;
      const yearToDate = point.year === reportingFinancialYear && lastMonth !== lastMonthOfYear(point.year);
      return {
        year: point.year,
        value,
        numerator: point.numerator ?? null,
        denominator: point.denominator ?? null,
        target: measure.target,
        status: evaluateStatus(measure, value),
        yearToDate,
        throughMonth: yearToDate ? lastMonth : null,
      };
    });
}

/**
 * What the reporting year's figure is while the year runs: for a snapshot the latest position ("position at end of
 * Sep 2023"), for everything else the year so far ("year to date, Apr–Sep 2023").
 */
export function describePartYear(point: Pick<AnnualChartPoint, 'year' | 'throughMonth'>, basis: Basis): string {
  const through = point.throughMonth;
  if (basis === 'snapshot') return through ? `position at end of ${formatMonth(through)}` : 'latest position';
  return through ? `year to date, ${formatMonthRange(`${point.year.slice(0, 4)}-04`, through)}` : 'year to date';
}

function lastMonthWithFigure(measure: Measure, year: string): string | null {
  const months = new Set(listMonthsOfFinancialYear(parseFinancialYear(year) ?? 0));
  const withFigure = measure.monthly
    .filter((point) => months.has(point.month) && readPointValue(point, measure.unit) !== null)
    .map((point) => point.month)
    .sort();
  return withFigure.at(-1) ?? null;
}

function lastMonthOfYear(year: string): string | undefined {
  return listMonthsOfFinancialYear(parseFinancialYear(year) ?? 0).at(-1);
}
