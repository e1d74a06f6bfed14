import type { FamilyHeadline } from './family-headline';
import type { MeasureFilter } from './filter-measures';
import type { Dataset } from './indicators';
import { indexMeasures, searchMeasures, type MeasureMatch } from './search-measures';

/**
 * The tiles a screen shows for the filters, in the order it shows them: one per family, kept when the search finds
 * any member, with the area and status of the figure the tile shows. Without a search, the headlines' own order
 * (grouped by area); with one, best match first, so the overview, Previous/Next and the slides share one order.
 */

export type SelectedHeadline = {
  headline: FamilyHeadline;
  /** The best-matching member's match (it may not be the member whose figure the tile shows); null without a search. */
  match: MeasureMatch | null;
};

export function selectHeadlines(
  headlines: readonly FamilyHeadline[],
  filter: MeasureFilter,
  dataset: Pick<Dataset, 'measures' | 'sections' | 'serviceAreas'>,
): SelectedHeadline[] {
  const narrowed = headlines.filter(
    ({ summary }) =>
      (filter.areas.length === 0 || filter.areas.includes(summary.measure.serviceArea)) &&
      (filter.statuses.length === 0 || filter.statuses.includes(summary.status)),
  );
  if (filter.query.trim() === '') return narrowed.map((headline) => ({ headline, match: null }));
  const matchOf = new Map(searchMeasures(indexMeasures(dataset), filter.query).map((m) => [m.measureId, m]));
  const selected: SelectedHeadline[] = [];
  for (const headline of narrowed) {
    let best: MeasureMatch | null = null;
    for (const member of headline.members) {
      const match = matchOf.get(member.measure.id);
      if (match && (!best || match.score > best.score)) best = match;
    }
    if (best) selected.push({ headline, match: best });
  }
  // A stable sort: equal scores keep the overview's order.
  return selected.sort((a, b) => b.match!.score - a.match!.score);
}
