import type { PeriodValue } from '../domain/aggregate-period';
import type { AnnualChartPoint } from '../domain/build-annual-chart-data';
import type { Basis } from '../domain/indicators';
import { formatMonth, formatMonthRange } from '../domain/calendar';
import type { Period } from '../domain/period';

const LATEST_MONTH_REASONS = {
  'distinct-counts': () => 'the same child or family can be counted in more than one month, so months cannot be added up',
  'needs-fractions': (kind: Period['kind']) => `a ${kind} figure needs numerators and denominators`,
  'monthly-rates': (kind: Period['kind']) => `a rate for the ${kind} cannot be worked out from monthly rates`,
} as const;

/**
 * What a figure stands for when it is not simply the period's own figure ("Latest month (Sep 2023): ...",
 * "Year to date (Apr–Sep 2023)"), or why there is none; null for a whole period's own figure.
 */
export function describeCoverage({ coverage }: Pick<PeriodValue, 'coverage'>, period: Pick<Period, 'label'>): string | null {
  if (!coverage) return null;
  switch (coverage.kind) {
    case 'no-figure':
      return `No figure for ${period.label}`;
    case 'annual-trend-to-date':
      return `Year to date${coverage.lastMonth ? ` (${formatMonthRange(coverage.firstMonth, coverage.lastMonth)})` : ''}, from the Annual Trend row`;
    case 'position':
      return `Position at end of ${formatMonth(coverage.month)}${coverage.early ? ', the latest month with a figure' : ''}`;
    case 'year-to-date':
      return `Year to date (${formatMonthRange(coverage.firstMonth, coverage.lastMonth)})`;
    case 'part': {
      const { months } = coverage;
      const which = coverage.run ? formatMonthRange(months[0] ?? '', months.at(-1) ?? '') : months.map(formatMonth).join(', ');
      return `${coverage.method === 'sum' ? 'Sum of' : 'Weighted over'} ${months.length} of ${coverage.monthsInPeriod} months (${which})`;
    }
    case 'latest-month':
      return `Latest month (${formatMonth(coverage.month)}): ${LATEST_MONTH_REASONS[coverage.reason](coverage.periodKind)}`;
  }
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
