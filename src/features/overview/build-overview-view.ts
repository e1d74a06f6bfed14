import type { ServiceArea } from '../../domain/indicators';
import { buildFamilyTileView, type KpiTileView } from '../../presenters/build-tile-view';
import type { FamilyHeadline } from '../../domain/family-headline';
import { formatValue } from '../../presenters/format';
import { measureHeading } from '../../presenters/labels';
import type { Status } from '../../domain/evaluate-status';
import type { PeriodModel } from '../../domain/dataset-model';
import { selectHeadlines, type SelectedHeadline } from '../../domain/select-headlines';
import { describeSearchMatch } from '../../presenters/describe-search-match';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import type { Period } from '../../domain/period';
import { rankNeedsAttention, type MeasureSummary } from '../../domain/summarise-measure';
import { rankMovers } from '../../domain/rank-movers';
import { describeMovement } from '../../presenters/describe-movement';
import { describeVariance } from '../../presenters/describe-variance';
import { describeJudgement, describeTrajectoryGap } from '../../presenters/describe-judgement';
import { filterFromSearch, hasActiveFilter, STATUS_OF_FILTER, type DashboardSearch, type StatusFilter } from '../../url/dashboard-search';
import { formatMonth } from '../../domain/calendar';

export type OverviewTile = { tile: KpiTileView; matchText: string | null };

export type HighlightView = { id: string; heading: string; valueText: string; detail: string; status: Status; statusLabel: string };

export type OverviewView = {
  period: Period;
  /** Set when the link asked for a period the data does not have. */
  ignoredPeriodKey: string | null;
  periodGroups: PeriodGroup[];
  areas: { id: string; name: string; selected: boolean; count: number }[];
  statusCounts: { filter: StatusFilter; status: Status; count: number; selected: boolean }[];
  /**
   * Areas with matches: `count` is every match, `tiles` the first few unless the area is expanded (GridDisplay).
   * With a search, one group of best matches first instead, each tile saying why it matched.
   */
  groups: { id: string; name: string; count: number; tiles: OverviewTile[] }[];
  needsAttention: HighlightView[];
  biggestMovers: HighlightView[];
  /** Measures in the shown tiles, and in the data: a family's members share one tile. */
  shownCount: number;
  totalCount: number;
  /** Tiles shown: one per family or lone measure. */
  shownTiles: number;
  query: string;
  hasFilters: boolean;
  /** Every member of the shown tiles, for the CSV export of what is on screen. */
  shownSummaries: MeasureSummary[];
  /** One measure id per shown tile, in the overview's order: what "Make a pack" starts the pack with. */
  shownIds: string[];
};

/**
 * How many tiles an area shows until asked for all. A large authority's 250 measures an area take seconds to draw
 * and bury the next area; the bundled report's largest area has 22, so it always shows everything.
 */
export type GridDisplay = { limitPerArea: number; expandedAreas: readonly string[] };

export const TILES_PER_AREA = 24;
export const SHOW_ALL_TILES: GridDisplay = { limitPerArea: Infinity, expandedAreas: [] };

/** The one group of a search's results, named so "Show all" can expand it like an area. */
export const SEARCH_GROUP = 'search-results';

const STATUS_ORDER: StatusFilter[] = ['off', 'near', 'on', 'none', 'nodata'];

/**
 * The whole overview for one URL: period, filter choices with counts, tiles grouped by area, and highlights.
 * Status counts ignore the status filter itself, so clicking a count always shows that many tiles. Summaries
 * come from the period model, so a keystroke only filters them; `tileOf` turns a summary into its tile.
 */
export function buildOverviewView(
  periodModel: PeriodModel,
  search: DashboardSearch,
  tileOf: (headline: FamilyHeadline) => KpiTileView,
  display: GridDisplay = SHOW_ALL_TILES,
): OverviewView {
  const { period, headlines, model } = periodModel;
  const { dataset } = model;
  const filter = filterFromSearch(search);
  const selectedStatuses = filter.statuses;
  const beforeStatus = selectHeadlines(headlines, { ...filter, statuses: [] }, dataset).map((s) => s.headline);
  const selected = selectHeadlines(headlines, filter, dataset);
  const shownHeadlines = selected.map((s) => s.headline);
  const shown = shownHeadlines.map((h) => h.summary);
  const beforeArea = selectHeadlines(headlines, { ...filter, areas: [] }, dataset).map((s) => s.headline.summary);
  const searching = filter.query.trim() !== '';
  const toTile = ({ headline, match }: SelectedHeadline): OverviewTile => ({
    tile: tileOf(headline),
    matchText: match ? describeSearchMatch(match, headline) : null,
  });
  const limitOf = (id: string) => (display.expandedAreas.includes(id) ? Infinity : display.limitPerArea);

  return {
    period,
    ignoredPeriodKey: periodModel.ignoredPeriodKey,
    periodGroups: groupPeriods(model.periods()),
    areas: dataset.serviceAreas.map((area) => ({
      id: area.id,
      name: area.name,
      selected: filter.areas.includes(area.id),
      count: beforeArea.filter((s) => s.measure.serviceArea === area.id).length,
    })),
    statusCounts: STATUS_ORDER.map((f) => ({
      filter: f,
      status: STATUS_OF_FILTER[f],
      count: beforeStatus.filter((h) => h.summary.status === STATUS_OF_FILTER[f]).length,
      selected: selectedStatuses.includes(STATUS_OF_FILTER[f]),
    })),
    groups: searching
      ? selected.length
        ? [{ id: SEARCH_GROUP, name: 'Best matches first', count: selected.length, tiles: selected.slice(0, limitOf(SEARCH_GROUP)).map(toTile) }]
        : []
      : groupByArea(dataset.serviceAreas, selected).map(({ area, matches }) => ({
          id: area.id,
          name: area.name,
          count: matches.length,
          tiles: matches.slice(0, limitOf(area.id)).map(toTile),
        })),
    needsAttention: rankNeedsAttention(shown, 5).map((s) => toHighlight(s, describeGap(s))),
    biggestMovers: rankMovers(shown, 5, periodModel.movementOf).flatMap((s) => {
      const movement = periodModel.movementOf(s);
      return movement ? [toHighlight(s, describeMovement(s, movement))] : [];
    }),
    shownCount: shownHeadlines.reduce((total, h) => total + h.members.length, 0),
    totalCount: periodModel.summaries.length,
    shownTiles: shownHeadlines.length,
    query: search.q ?? '',
    hasFilters: hasActiveFilter(filter),
    shownSummaries: shownHeadlines.flatMap((h) => h.members),
    shownIds: shownHeadlines.map((h) => h.id),
  };
}

/**
 * One tile view per summary for as long as the period's model lives, with its SPC icons: after a keystroke an
 * unchanged tile gets the same object, so the memoised tile skips it instead of rendering every tile again.
 */
export function createTileViews(periodModel: PeriodModel): (headline: FamilyHeadline) => KpiTileView {
  const tiles = new Map<FamilyHeadline, KpiTileView>();
  return (headline) => {
    let tile = tiles.get(headline);
    if (!tile) {
      tile = buildFamilyTileView(headline, periodModel.spcOf(headline.summary.measure.id));
      tiles.set(headline, tile);
    }
    return tile;
  };
}

/** The data's areas in order, each with its shown tiles; areas without any are left out. One pass, not one per area. */
function groupByArea(serviceAreas: readonly ServiceArea[], shown: SelectedHeadline[]) {
  const byArea = new Map<string, SelectedHeadline[]>();
  for (const item of shown) {
    const area = item.headline.summary.measure.serviceArea;
    const list = byArea.get(area);
    if (list) list.push(item);
    else byArea.set(area, [item]);
  }
  return serviceAreas.flatMap((area) => {
    const matches = byArea.get(area.id);
    return matches ? [{ area, matches }] : [];
  });
}

function describeGap(summary: MeasureSummary): string {
  const { variance, measure, judgedAgainst } = summary;
  if (!variance) return '';
  return judgedAgainst?.kind === 'trajectory' ? describeTrajectoryGap(measure, variance.difference) : describeVariance(variance, measure.unit);
}

function toHighlight(summary: MeasureSummary, detail: string): HighlightView {
  const { measure, current, status } = summary;
  const asOf = current.method === 'latest-month' && current.asOfMonth ? ` (${formatMonth(current.asOfMonth)})` : '';
  const { statusLabel } = describeJudgement(summary);
  return { id: measure.id, heading: measureHeading(measure), valueText: `${formatValue(current.value, measure.unit)}${asOf}`, detail, status, statusLabel };
}

