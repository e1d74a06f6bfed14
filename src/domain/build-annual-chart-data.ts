import type { Measure } from './indicators';
import { readPointValue } from './aggregate-period';
import { evaluateStatus, type Status } from './evaluate-status';
import { listMonthsOfFinancialYear, parseFinancialYear } from './period';
import { trajectoryAt } from './targets';
import { compareIsoText } from './compare-iso-text';

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
  /** The month whose figure the cell repeats, when it is not a year figure at all (CSC 040's 2023/24 cell). */
  repeatsMonth: string | null;
  /** True when a building measure's year so far was judged against its trajectory for the month, not the year-end target. */
  judgedOnTrajectory: boolean;
};

/** `targetFor`: the target in force in a year (targets change from year to year); the measure's own by default. */
export function buildAnnualChartData(
  measure: Measure,
  reportingFinancialYear: string,
  targetFor: (year: string) => number | null = () => measure.target,
): AnnualChartPoint[] {
  return [...measure.annual]
    .sort((a, b) => compareIsoText(a.year, b.year))
    .map((point) => {
      const value = readPointValue(point, measure.unit);
      const lastMonth = point.year === reportingFinancialYear ? lastMonthWithFigure(measure, point.year) : null;
      const yearToDate = point.year === reportingFinancialYear && lastMonth !== lastMonthOfYear(point.year);
      const yearEnd = targetFor(point.year);
      // A year so far of a measure that builds up is judged where it should be by now, as its tile is.
      const trajectory = yearToDate && lastMonth && yearEnd !== null ? trajectoryAt(measure, lastMonth, point.year, yearEnd) : null;
      const target = trajectory?.value ?? yearEnd;
      return {
        year: point.year,
        value,
        numerator: point.numerator ?? null,
        denominator: point.denominator ?? null,
        target,
        status: evaluateStatus(measure, value, target),
        yearToDate: yearToDate || point.repeatsMonth !== undefined,
        throughMonth: yearToDate ? lastMonth : null,
        repeatsMonth: point.repeatsMonth ?? null,
        judgedOnTrajectory: trajectory !== null,
      };
    });
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
