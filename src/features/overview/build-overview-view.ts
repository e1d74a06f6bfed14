import type { ServiceArea } from '../../domain/indicators';
import { buildTileView, type KpiTileView } from '../../presenters/build-tile-view';
import { formatValue } from '../../presenters/format';
import { measureHeading } from '../../presenters/labels';
import type { Status } from '../../domain/evaluate-status';
import type { PeriodModel } from '../../domain/dataset-model';
import { filterByMeasure } from '../../domain/filter-measures';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import type { Period } from '../../domain/period';
import { rankBiggestMovers, rankNeedsAttention, type MeasureSummary } from '../../domain/summarise-measure';
import { describeDirection } from '../../presenters/describe-direction';
import { describeVariance } from '../../presenters/describe-variance';
import { filterFromSearch, hasActiveFilter, STATUS_OF_FILTER, type DashboardSearch, type StatusFilter } from '../../url/dashboard-search';
import { formatMonth } from '../../domain/calendar';

export type HighlightView = { id: string; heading: string; valueText: string; detail: string; status: Status };

export type OverviewView = {
  period: Period;
  /** Set when the link asked for a period the data does not have. */
  ignoredPeriodKey: string | null;
  periodGroups: PeriodGroup[];
  areas: { id: string; name: string; selected: boolean; count: number }[];
  statusCounts: { filter: StatusFilter; status: Status; count: number; selected: boolean }[];
  /** Areas with matches: `count` is every match, `tiles` the first few unless the area is expanded (GridDisplay). */
  groups: { id: string; name: string; count: number; tiles: KpiTileView[] }[];
  needsAttention: HighlightView[];
  biggestMovers: HighlightView[];
  shownCount: number;
  totalCount: number;
  query: string;
  hasFilters: boolean;
  /** The shown measures' summaries, for the CSV export of what is on screen. */
  shownSummaries: MeasureSummary[];
};

/**
 * How many tiles an area shows until asked for all. A large authority's 250 measures an area take seconds to draw
 * and bury the next area; the bundled report's largest area has 22, so it always shows everything.
 */
export type GridDisplay = { limitPerArea: number; expandedAreas: readonly string[] };

export const TILES_PER_AREA = 24;
export const SHOW_ALL_TILES: GridDisplay = { limitPerArea: Infinity, expandedAreas: [] };

const STATUS_ORDER: StatusFilter[] = ['off', 'near', 'on', 'none', 'nodata'];

/**
 * The whole overview for one URL: period, filter choices with counts, tiles grouped by area, and highlights.
 * Status counts ignore the status filter itself, so clicking a count always shows that many tiles. Summaries
 * come from the period model, so a keystroke only filters them; `tileOf` turns a summary into its tile.
 */
export function buildOverviewView(
  periodModel: PeriodModel,
  search: DashboardSearch,
  tileOf: (summary: MeasureSummary) => KpiTileView,
  display: GridDisplay = SHOW_ALL_TILES,
): OverviewView {
  const { period, summaries, model } = periodModel;
  const { dataset } = model;
  const filter = filterFromSearch(search);
  const selectedStatuses = filter.statuses;
  const beforeStatus = filterByMeasure(summaries, { ...filter, statuses: [] });
  const shown = filterByMeasure(summaries, filter);
  const beforeArea = filterByMeasure(summaries, { ...filter, areas: [] });

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
      count: beforeStatus.filter((s) => s.status === STATUS_OF_FILTER[f]).length,
      selected: selectedStatuses.includes(STATUS_OF_FILTER[f]),
    })),
    groups: groupByArea(dataset.serviceAreas, shown).map(({ area, matches }) => {
      const limit = display.expandedAreas.includes(area.id) ? Infinity : display.limitPerArea;
      return { id: area.id, name: area.name, count: matches.length, tiles: matches.slice(0, limit).map(tileOf) };
    }),
    needsAttention: rankNeedsAttention(shown, 5).map((s) => toHighlight(s, s.variance ? describeVariance(s.variance, s.measure.unit) : '')),
    biggestMovers: rankBiggestMovers(shown, 5).map((s) => toHighlight(s, describeDirection(s.vsPrevious, s.measure.unit))),
    shownCount: shown.length,
    totalCount: summaries.length,
    query: search.q ?? '',
    hasFilters: hasActiveFilter(filter),
    shownSummaries: shown,
  };
}

/**
 * One tile view per summary for as long as the period's model lives, with its SPC icons: after a keystroke an
 * unchanged tile gets the same object, so the memoised tile skips it instead of rendering every tile again.
 */
export function createTileViews(periodModel: PeriodModel): (summary: MeasureSummary) => KpiTileView {
  const tiles = new Map<MeasureSummary, KpiTileView>();
  return (summary) => {
    let tile = tiles.get(summary);
    if (!tile) {
      tile = buildTileView(summary, periodModel.spcOf(summary.measure.id));
      tiles.set(summary, tile);
    }
    return tile;
  };
}

/** The data's areas in order, each with its shown measures; areas without any are left out. One pass, not one per area. */
function groupByArea(serviceAreas: readonly ServiceArea[], shown: MeasureSummary[]) {
  const byArea = new Map<string, MeasureSummary[]>();
  for (const summary of shown) {
    const list = byArea.get(summary.measure.serviceArea);
    if (list) list.push(summary);
    else byArea.set(summary.measure.serviceArea, [summary]);
  }
  return serviceAreas.flatMap((area) => {
    const matches = byArea.get(area.id);
    return matches ? [{ area, matches }] : [];
  });
}

function toHighlight({ measure, current, status }: MeasureSummary, detail: string): HighlightView {
  const asOf = current.method === 'latest-month' && current.asOfMonth ? ` (${formatMonth(current.asOfMonth)})` : '';
  return { id: measure.id, heading: measureHeading(measure), valueText: `${formatValue(current.value, measure.unit)}${asOf}`, detail, status };
}

