import type { Family } from './families';
import type { Measure } from './indicators';
import type { Period } from './period';
import type { MeasureSummary } from './summarise-measure';

/**
 * One tile per family: the headline follows the period and says which figure it is. A month shows the head (the
 * monthly member); a quarter the head's own quarter figure (weighted where it has fractions: ICPC Q2 40 / 57 =
 * 70.2%), with the year to date beside it; a year the year-to-date member (CSC 038's 54.0% for CSC 040 / 038).
 * A measure on its own is its own headline.
 */

export type FamilyHeadline = {
  /** The head's id, or the lone measure's: the key a screen groups by. */
  id: string;
  family: Family | null;
  /** The summary whose figure heads the tile. */
  summary: MeasureSummary;
  /** Which member that is, so the tile can say ("the monthly figure", "the year to date"). */
  role: 'head' | 'year-to-date' | 'alone';
  /** The year to date shown beside a month's or quarter's figure; null for a year or without one. */
  beside: MeasureSummary | null;
  /** Every member's summary, head first (only the measure for one on its own). */
  members: MeasureSummary[];
};

export function chooseFamilyHeadline(
  family: Family | null,
  measure: Measure,
  period: Period,
  summaryOf: (id: string) => MeasureSummary | undefined,
): FamilyHeadline | null {
  if (!family) {
    const summary = summaryOf(measure.id);
    return summary ? { id: measure.id, family: null, summary, role: 'alone', beside: null, members: [summary] } : null;
  }
  const members = family.members.flatMap((m) => summaryOf(m.measure.id) ?? []);
  const head = summaryOf(family.head.id);
  const yearToDate = family.yearToDate ? (summaryOf(family.yearToDate.id) ?? null) : null;
  if (!head) return null;
  if (period.kind === 'year' && yearToDate) return { id: family.id, family, summary: yearToDate, role: 'year-to-date', beside: null, members };
  return { id: family.id, family, summary: head, role: 'head', beside: period.kind === 'year' ? null : yearToDate, members };
}
