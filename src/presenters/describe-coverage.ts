import type { PeriodValue } from '../domain/aggregate-period';
import type { AnnualChartPoint } from '../domain/build-annual-chart-data';
import type { Basis } from '../domain/indicators';
import { formatMonth, formatMonthEnd, formatMonthList, formatMonthRange } from '../domain/calendar';
import type { CoverageMeasure } from '../domain/aggregate-period';
import type { Period } from '../domain/period';

const LATEST_MONTH_REASONS = {
  'distinct-counts': () => 'the same child or family can be counted in more than one month, so months cannot be added up',
  'needs-fractions': (kind: Period['kind']) => `a ${kind} figure needs numerators and denominators`,
  'monthly-rates': (kind: Period['kind']) => `a rate for the ${kind} cannot be worked out from monthly rates`,
  'no-year-figure': () => 'the report gives no year figure for this monthly column (its year cell repeats this month)',
  'unreliable-year-to-date': () => 'no year figure, because the year-to-date figures this would come from are unreliable',
} as const;

/** "CSC 038" or, for a measure without a code, its title. */
const nameOf = (measure: CoverageMeasure) => measure.code ?? measure.title;

/** "; Sep blank in the report" for the months a year to date runs over without a figure of this measure. */
const blanks = (months: readonly string[]) => (months.length > 0 ? `; ${formatMonthList(months)} blank in the report` : '');

/**
 * What a figure stands for when it is not simply the period's own figure ("Latest month (Sep 2023): ...",
 * "Year to date (Apr–Sep 2023)"), or why there is none; null for a whole period's own figure.
 */
export function describeCoverage({ coverage }: Pick<PeriodValue, 'coverage'>, period: Pick<Period, 'label'>): string | null {
  if (!coverage) return null;
  switch (coverage.kind) {
    case 'no-figure':
      return `No figure for ${period.label}${coverage.quarterly ? ': this measure is reported once a quarter' : ''}`;
    case 'annual-trend-to-date':
      return `Year to date${coverage.lastMonth ? ` (${formatMonthRange(coverage.firstMonth, coverage.lastMonth)}${blanks(coverage.blankMonths)})` : ''}, from the Annual Trend row`;
    case 'position':
      // A year or quarter figure of a snapshot is a position at a date, never "the year".
      if (coverage.periodKind !== 'month') return `At ${formatMonthEnd(coverage.month)}${coverage.early ? ', the latest month with a figure' : ''}`;
      return `Position at end of ${formatMonth(coverage.month)}${coverage.early ? ', the latest month with a figure' : ''}`;
    case 'year-to-date':
      return `Year to date (${formatMonthRange(coverage.firstMonth, coverage.lastMonth)}${blanks(coverage.blankMonths)})`;
    case 'quarter-point':
      return `Figure for ${quarterLabel(coverage.quarterKey)}, reported in ${formatMonth(coverage.month)}`;
    case 'stated':
      return `Stated in the report, not worked out from the table: ${coverage.source}`;
    case 'from-year-to-date': {
      const inner = coverage.inner?.kind === 'annual-trend-to-date' || coverage.inner?.kind === 'year-to-date' ? coverage.inner : null;
      const range = inner?.lastMonth ? ` (${formatMonthRange(inner.firstMonth, inner.lastMonth)}${blanks(inner.blankMonths)})` : '';
      return `${inner ? 'Year to date' : 'Year figure'}${range} from ${nameOf(coverage.sibling)}, this indicator's year-to-date measure`;
    }
    case 'part': {
      const { months } = coverage;
      const which = coverage.run ? formatMonthRange(months[0] ?? '', months.at(-1) ?? '') : months.map(formatMonth).join(', ');
      return `${coverage.method === 'sum' ? 'Sum of' : 'Weighted over'} ${months.length} of ${coverage.monthsInPeriod} months (${which})`;
    }
    case 'latest-month': {
      const reason = LATEST_MONTH_REASONS[coverage.reason](coverage.periodKind);
      const sibling = coverage.sibling ? ` (${nameOf(coverage.sibling)})` : '';
      // Said where the figure is shown: a quarter or year resting on one month is that month's figure.
      if (coverage.periodKind !== 'month') return `${formatMonth(coverage.month)} only, not the ${coverage.periodKind}: ${reason}${sibling}`;
      return `Latest month (${formatMonth(coverage.month)}): ${reason}${sibling}`;
    }
  }
}

/** "2023-24-Q2" -> "Q2 2023/24" */
function quarterLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})-Q(\d)$/.exec(key);
  return match ? `Q${match[3]} ${match[1]}/${match[2]}` : key;
}

/**
 * What the reporting year's figure is while the year runs: for a snapshot the latest position ("position at end of
 * Sep 2023"), for everything else the year so far ("year to date, Apr–Sep 2023").
 */
export function describePartYear(point: Pick<AnnualChartPoint, 'year' | 'throughMonth' | 'repeatsMonth'>, basis: Basis): string {
  if (point.repeatsMonth) return `${formatMonth(point.repeatsMonth)}'s figure, not a year figure`;
  const through = point.throughMonth;
  if (basis === 'snapshot') return through ? `position at end of ${formatMonth(through)}` : 'latest position';
  return through ? `year to date, ${formatMonthRange(`${point.year.slice(0, 4)}-04`, through)}` : 'year to date';
}
