import type { Dataset, Measure } from './indicators';
import type { Status } from './evaluate-status';

/**
 * Which measures the user is looking at, and in what order. The order (service area as listed in the data, then
 * the data's own order) is shared by the overview grid, previous/next on a measure, and presentation slides.
 */

export type MeasureFilter = { areas: readonly string[]; statuses: readonly Status[]; query: string };

export const NO_FILTER: MeasureFilter = { areas: [], statuses: [], query: '' };

/** Measures grouped in service-area order; measures of an area the data does not list come last. */
export function orderMeasuresByArea(dataset: Pick<Dataset, 'measures' | 'serviceAreas'>): Measure[] {
  const rank = new Map(dataset.serviceAreas.map((area, i) => [area.id, i]));
  return dataset.measures
    .map((measure, i) => ({ measure, i }))
    .sort((a, b) => (rank.get(a.measure.serviceArea) ?? Infinity) - (rank.get(b.measure.serviceArea) ?? Infinity) || a.i - b.i)
    .map(({ measure }) => measure);
}

/**
 * Search by code or title, forgiving about case, spaces and punctuation: "022" finds "CSC 022", "re-ref" finds
 * "re-referrals", "csc252a" finds "CSC 252a". Every word typed must match.
 */
export function matchesQuery(measure: Pick<Measure, 'code' | 'title' | 'id'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${measure.code ?? ''} ${measure.title} ${measure.id}`.toLowerCase();
  const compact = squash(haystack);
  return words.every((word) => haystack.includes(word) || compact.includes(squash(word)));
}

/** Keeps the items whose measure passes every active filter; an empty filter list means "all". */
export function filterByMeasure<T extends { measure: Measure; status: Status }>(items: readonly T[], filter: MeasureFilter): T[] {
  return items.filter(
    ({ measure, status }) =>
      (filter.areas.length === 0 || filter.areas.includes(measure.serviceArea)) &&
      (filter.statuses.length === 0 || filter.statuses.includes(status)) &&
      matchesQuery(measure, filter.query),
  );
}

function squash(text: string): string {
  return text.replace(/[^a-z0-9]/g, '');
}
