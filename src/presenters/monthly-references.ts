import type { Measure } from '../domain/indicators';
import { readPointValue } from '../domain/aggregate-period';
import { formatFinancialYear, listMonthsOfFinancialYear, parseFinancialYear, type Period } from '../domain/period';
import { trajectoryPath, type ResolvedTarget } from '../domain/targets';
import type { ChartReference } from './chart-views';
import { formatTarget, formatValue } from './format';

/**
 * The reference lines of a monthly chart, on the monthly scale, decided by basis and additivity (not unit):
 * - a month-basis additive count: last year's same months where the data has them, else last year's monthly
 *   average (1,650 EHAs in 2022/23 is 138 a month), never the annual total across a monthly line;
 * - a month-basis count of distinct children (not additive): nothing from last year, whose total is not a sum;
 * - a month-basis percentage or rate, a snapshot, a year-to-date percentage: last year's outturn;
 * - a year-to-date count or rate (CSC 035's rate per 10,000), or a share that builds up through the year (dental
 *   checks): last year's running path where known, otherwise its
 *   outturn marked at March only, where the running figure ends;
 * - a measure that builds up: its trajectory to the year-end target, labelled as an assumed profile unless given.
 */

export type ReferencePath = {
  label: string;
  kind: ChartReference['kind'];
  /** The month's value ("2023-09" -> 45), or absent where the path has no point. */
  values: ReadonlyMap<string, number>;
  /** Heading of the table column that carries it. */
  columnHeader: string;
};

export type MonthlyReferences = { lines: ChartReference[]; path: ReferencePath | null };

export function buildMonthlyReferences(measure: Measure, period: Period, target: ResolvedTarget | null): MonthlyReferences {
  const lines: ChartReference[] = [];
  const targetLine = describeTargetLine(measure, target);
  if (targetLine) lines.push(targetLine);
  const trajectory = trajectoryReference(measure, period, target);
  const lastYear = lastYearReference(measure, period);
  if (lastYear.line) lines.push(lastYear.line);
  return { lines, path: trajectory ?? lastYear.path };
}

function describeTargetLine(measure: Measure, target: ResolvedTarget | null): ChartReference | null {
  if (!target) return null;
  const kind = measure.polarity === 'neutral' ? 'Comparator' : 'Target';
  const suffix = measure.buildsUp ? ' by March' : target.origin === 'inherited' ? " (the family's)" : '';
  return { value: target.value, label: `${kind} ${formatTarget(target.value, measure.unit)}${suffix}`, kind: 'target' };
}

function trajectoryReference(measure: Measure, period: Period, target: ResolvedTarget | null): ReferencePath | null {
  if (!target || !measure.buildsUp) return null;
  const path = trajectoryPath(measure, period.financialYear, target.value);
  if (path.length === 0) return null;
  const assumed = path.some((p) => p.assumed);
  const label = `Trajectory to ${formatTarget(target.value, measure.unit)} by March${assumed ? ' (assumed profile: a straight line from 0 in April)' : ''}`;
  return { label, kind: 'target', values: new Map(path.map((p) => [p.month, p.value])), columnHeader: assumed ? 'Trajectory (assumed)' : 'Trajectory' };
}

function lastYearReference(measure: Measure, period: Period): { line: ChartReference | null; path: ReferencePath | null } {
  const none = { line: null, path: null };
  const start = (parseFinancialYear(period.financialYear) ?? 0) - 1;
  const year = formatFinancialYear(start);
  const point = measure.annual.find((p) => p.year === year);
  const outturn = point && !point.repeatsMonth ? readPointValue(point, measure.unit) : null;
  const sameMonths = lastYearMonths(measure, start);
  const outturnLine = (label = `${year} outturn ${formatValue(outturn, measure.unit)}`) =>
    outturn === null ? none : { line: { value: outturn, label, kind: 'comparison' as const }, path: null };
  const isCount = measure.unit !== 'percent';

  if (measure.basis === 'month' && measure.unit === 'count') {
    if (!measure.additive) return none;
    if (sameMonths.size > 0) return { line: null, path: { label: `${year}, same month`, kind: 'comparison', values: sameMonths, columnHeader: year } };
    if (outturn === null) return none;
    const average = Math.round(outturn / 12);
    return { line: { value: average, label: `${year} monthly average ${formatValue(average, 'count')}`, kind: 'comparison' }, path: null };
  }
  // A year-to-date share that builds up (dental checks: 8.9% in April) is no nearer last year's outturn in April
  // than a running count is, so it too gets the outturn at March only.
  if (measure.basis === 'year-to-date' && (isCount || measure.buildsUp)) {
    if (sameMonths.size > 0) return { line: null, path: { label: `${year} year to date, month by month`, kind: 'comparison', values: sameMonths, columnHeader: year } };
    if (outturn === null) return none;
    const march = listMonthsOfFinancialYear(start + 1).at(-1) ?? '';
    const label = `${year} outturn ${formatValue(outturn, measure.unit)} (at March)`;
    return { line: null, path: { label, kind: 'comparison', values: new Map([[march, outturn]]), columnHeader: `${year} outturn` } };
  }
  return outturnLine();
}

/** Last year's monthly figures, keyed by this year's month ("2022-09" is drawn over "2023-09"). */
function lastYearMonths(measure: Measure, startYear: number): Map<string, number> {
  const thisYear = listMonthsOfFinancialYear(startYear + 1);
  const byMonth = new Map(measure.monthly.map((p) => [p.month, p]));
  const values = new Map<string, number>();
  listMonthsOfFinancialYear(startYear).forEach((month, i) => {
    const point = byMonth.get(month);
    const value = point ? readPointValue(point, measure.unit) : null;
    if (value !== null && thisYear[i]) values.set(thisYear[i], value);
  });
  return values;
}
