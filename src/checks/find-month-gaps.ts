import type { Measure, MonthlyPoint } from '../domain/indicators';
import { formatMonth, formatMonthRange } from '../domain/calendar';
import { formatValue } from '../presenters/format';
import { readPointValue } from '../domain/aggregate-period';
import { describeMeasure } from './check-integrity';
import { shiftMonth } from '../domain/period';

/**
 * Months with no figure between two months that have one. Months after the latest reported one are simply not
 * reported yet, so only holes inside the run count. A run of empty months is one finding, naming the figures either
 * side, so the analyst can tell a blank that means "none" (enter 0) from a figure that was missed.
 */

export type MonthGapFinding = {
  kind: 'month-gap';
  measureId: string;
  /** The first empty month ("2023-07"). */
  period: string;
  months: string[];
  before: { month: string; text: string };
  after: { month: string; text: string };
  message: string;
};

export function findMonthGaps(measure: Measure): MonthGapFinding[] {
  const byMonth = new Map(measure.monthly.map((p) => [p.month, p]));
  const reported = measure.monthly
    .filter((p) => readPointValue(p, measure.unit) !== null)
    .map((p) => p.month)
    .sort();
  const findings: MonthGapFinding[] = [];
  for (let i = 1; i < reported.length; i++) {
    const from = reported[i - 1] ?? '';
    const to = reported[i] ?? '';
    const months: string[] = [];
    for (let month = shiftMonth(from, 1); month < to; month = shiftMonth(month, 1)) months.push(month);
    const first = months[0];
    const last = months.at(-1);
    if (first === undefined || last === undefined) continue;
    const before = { month: from, text: describePoint(byMonth.get(from), measure) };
    const after = { month: to, text: describePoint(byMonth.get(to), measure) };
    findings.push({
      kind: 'month-gap',
      measureId: measure.id,
      period: first,
      months,
      before,
      after,
      message:
        `${describeMeasure(measure)}: no figure for ${formatMonthRange(first, last)}, between ` +
        `${formatMonth(from)} (${before.text}) and ${formatMonth(to)} (${after.text})`,
    });
  }
  return findings;
}

/** "27 / 44, 61.4%" when the point is a fraction, else the figure as the dashboard shows it. */
function describePoint(point: MonthlyPoint | undefined, measure: Measure): string {
  if (!point) return formatValue(null, measure.unit);
  const value = formatValue(readPointValue(point, measure.unit), measure.unit);
  const { numerator, denominator } = point;
  return numerator != null && denominator != null ? `${numerator} / ${denominator}, ${value}` : value;
}
