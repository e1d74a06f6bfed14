import type { Measure } from './indicators';
import { readPointValue } from './aggregate-period';
import { evaluateStatus, type Status } from './evaluate-status';
import { listMonthsOfFinancialYear, parseFinancialYear, type Period } from './period';
import { trajectoryAt } from './targets';

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
  /**
   * The target the month is judged against: the year's target, or for a measure that builds up its trajectory
   * for the month (7.5% by April towards 90% by March).
   */
  target: number | null;
  status: Status;
  /** True for the months of the selected period, which the chart shades and the table marks. */
  inPeriod: boolean;
};

const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `yearTarget`: the target in force for the period's year (own, the year's, or the family's); the measure's own by default. */
export function buildMonthlyChartData(measure: Measure, period: Period, yearTarget: number | null = measure.target): MonthlyChartPoint[] {
  const byMonth = new Map(measure.monthly.map((point) => [point.month, point]));
  const selected = new Set(period.months);
  const startYear = parseFinancialYear(period.financialYear) ?? 0;
  return listMonthsOfFinancialYear(startYear).map((month) => {
    const point = byMonth.get(month);
    const value = point ? readPointValue(point, measure.unit) : null;
    const target = yearTarget === null ? null : (trajectoryAt(measure, month, period.financialYear, yearTarget)?.value ?? yearTarget);
    return {
      month,
      label: MONTH_LABELS[Number(month.slice(5)) - 1] ?? month,
      value,
      numerator: point?.numerator ?? null,
      denominator: point?.denominator ?? null,
      target,
      status: evaluateStatus(measure, value, target),
      inPeriod: selected.has(month),
    };
  });
}
