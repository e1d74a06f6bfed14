import type { Measure } from './indicators';
import type { Period } from './period';

/**
 * What a period figure stands for, as numbers and enums (src/presenters/describe-coverage.ts words it): the
 * coverage of aggregatePeriod's result, and the small rules about it that other modules share.
 */

/** A measure named in a coverage, so the presenters can say "from CSC 038" without looking it up. */
export type CoverageMeasure = { id: string; code: string | null; title: string };

/** What a figure stands for when it is not the whole period's own figure. */
export type Coverage =
  /** `quarterly`: the measure is reported once a quarter and this month is not a quarter's last. */
  | { kind: 'no-figure'; quarterly?: boolean }
  /**
   * The Annual Trend row of the report's own year, which is its year to date; lastMonth null without monthly
   * figures. `blankMonths`: months up to lastMonth the report leaves blank for this measure.
   */
  | { kind: 'annual-trend-to-date'; firstMonth: string; lastMonth: string | null; blankMonths: string[] }
  /**
   * A snapshot: the position at the end of a month, which may be earlier than the period's last month;
   * `periodKind` so a year's figure reads as a position at a date rather than a year.
   */
  | { kind: 'position'; month: string; early: boolean; periodKind: Period['kind'] }
  /** A running total from April, or the sum of the months so far of a year; blank months inside it are named. */
  | { kind: 'year-to-date'; firstMonth: string; lastMonth: string; blankMonths: string[] }
  /** A month's figure of a measure reported once a quarter: the figure for the quarter ending that month. */
  | { kind: 'quarter-point'; month: string; quarterKey: string }
  /** The report's own statement of the figure, which its table cannot reproduce. */
  | { kind: 'stated'; source: string }
  /** A month-basis member's year figure, taken from its family's year-to-date member. */
  | { kind: 'from-year-to-date'; sibling: CoverageMeasure; inner: Coverage | null }
  /** A sum or weighted figure over only some of the period's months. */
  | { kind: 'part'; method: 'sum' | 'weighted'; months: string[]; monthsInPeriod: number; run: boolean }
  /** The latest month standing in for a period figure that cannot be worked out, and why not. */
  | { kind: 'latest-month'; month: string; reason: LatestMonthReason; periodKind: Period['kind']; sibling?: CoverageMeasure };

export type LatestMonthReason =
  | 'distinct-counts'
  | 'needs-fractions'
  | 'monthly-rates'
  /** The Annual Trend cell of this monthly column repeats a month's figure and there is no year-to-date member. */
  | 'no-year-figure'
  /** The year-to-date member that would give the year figure is unreliable (`unreliableSibling`). */
  | 'unreliable-year-to-date';

export type PeriodValueCoverage = { coverage: Coverage | null };

export function coverageMeasureOf(measure: Measure): CoverageMeasure {
  return { id: measure.id, code: measure.code, title: measure.title };
}

export function isQuarterEnd(month: string): boolean {
  return ['03', '06', '09', '12'].includes(month.slice(5));
}

export function quarterKeyOf(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const start = monthNumber >= 4 ? year : year - 1;
  const quarter = Math.floor(((monthNumber + 8) % 12) / 3) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}-Q${quarter}`;
}

/**
 * The one month a quarter or year figure rests on, when it rests on one: a latest-month stand-in, or a sum or
 * weighted figure with a single month's data. A status worked out from it must say so.
 */
export function monthRestedOn(value: PeriodValueCoverage): string | null {
  const { coverage } = value;
  if (!coverage) return null;
  if (coverage.kind === 'latest-month' && coverage.periodKind !== 'month') return coverage.month;
  if (coverage.kind === 'part' && coverage.months.length === 1) return coverage.months[0] ?? null;
  return null;
}

