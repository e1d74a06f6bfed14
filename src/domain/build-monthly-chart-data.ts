import type { Measure } from './indicators';
import { readPointValue } from './aggregate-period';
import { evaluateStatus, type Status } from './evaluate-status';
import { listMonthsOfFinancialYear, parseFinancialYear, type Period } from './period';

/**
 * The twelve months of the period's financial year, April first, as the monthly chart and its table read them.
 * A month without a figure keeps `value: null` so the line breaks there instead of dropping to zero.
 */

export type MonthlyChartPoint = {
  /** "2023-04" */
  month: string;
  /** Axis label, "Apr": the chart's title names the year. */
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The measure's target; the data has one target per measure, so every month carries the same one. */
  target: number | null;
  status: Status;
  /** True for the months of the selected period, which the chart shades and the table marks. */
  inPeriod: boolean;
};

const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function buildMonthlyChartData(measure: Measure, period: Period): MonthlyChartPoint[] {
  const byMonth = new Map(measure.monthly.map((point) => [point.month, point]));
  const selected = new Set(period.months);
  const startYear = parseFinancialYear(period.financialYear) ?? 0;
  return listMonthsOfFinancialYear(startYear).map((month) => {
    const point = byMonth.get(month);
    const value = point ? readPointValue(point, measure.unit) : null;
    return {
      month,
      label: MONTH_LABELS[Number(month.slice(5)) - 1] ?? month,
      value,
      numerator: point?.numerator ?? null,
      denominator: point?.denominator ?? null,
      target: measure.target,
      status: evaluateStatus(measure, value),
      inPeriod: selected.has(month),
    };
  });
}
