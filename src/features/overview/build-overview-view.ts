import type { Dataset } from '../../domain/indicators';
import { buildTileView, type KpiTileView } from '../../domain/build-tile-view';
import type { Status } from '../../domain/evaluate-status';
import { filterByMeasure, orderMeasuresByArea } from '../../domain/filter-measures';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import { listAvailablePeriods, type Period } from '../../domain/period';
import { resolvePeriod } from '../../domain/resolve-period';
import { rankBiggestMovers, rankNeedsAttention, summariseMeasure, type MeasureSummary } from '../../domain/summarise-measure';
import { filterFromSearch, hasActiveFilter, STATUS_OF_FILTER, type DashboardSearch, type StatusFilter } from '../../url/dashboard-search';
import { formatMonth } from '../../domain/calendar';

export type HighlightView = { id: string; code: string | null; title: string; valueText: string; detail: string; status: Status };

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

/** What depends only on the data and the period: the costly part, worked out once per period rather than per keystroke. */
export type OverviewBase = {
  period: Period;
  ignoredPeriodKey: string | null;
  periodGroups: PeriodGroup[];
  summaries: MeasureSummary[];
};

/**
 * How many tiles an area shows until asked for all. A large authority's 250 measures an area take seconds to draw
 * and bury the next area; the bundled report's largest area has 22, so it always shows everything.
 */
export type GridDisplay = { limitPerArea: number; expandedAreas: readonly string[] };

export const TILES_PER_AREA = 24;
export const SHOW_ALL_TILES: GridDisplay = { limitPerArea: Infinity, expandedAreas: [] };

const STATUS_ORDER: StatusFilter[] = ['off', 'near', 'on', 'none', 'nodata'];

/** Every measure summarised for the period the link asks for (or the default one); null when the data has no figures. */
export function summariseOverview(dataset: Dataset, periodKey: string | undefined): OverviewBase | null {
  const { period, ignoredKey } = resolvePeriod(dataset, periodKey);
  if (!period) return null;
  return {
    period,
    ignoredPeriodKey: ignoredKey,
    periodGroups: groupPeriods(listAvailablePeriods(dataset)),
    summaries: orderMeasuresByArea(dataset).map((m) => summariseMeasure(m, period, dataset.reportingPeriod.financialYear)),
  };
}

/**
 * The whole overview for one URL: period, filter choices with counts, tiles grouped by area, and highlights.
 * Status counts ignore the status filter itself, so clicking a count always shows that many tiles.
 * Pass `base` (from summariseOverview) to reuse the summaries while only the filters change.
 */
export function buildOverviewView(
  dataset: Dataset,
  search: DashboardSearch,
  base: OverviewBase | null = summariseOverview(dataset, search.period),
  display: GridDisplay = SHOW_ALL_TILES,
): OverviewView | null {
  if (!base) return null;
  const { period, summaries } = base;
  const filter = filterFromSearch(search);
  const selectedStatuses = filter.statuses;
  const beforeStatus = filterByMeasure(summaries, { ...filter, statuses: [] });
  const shown = filterByMeasure(summaries, filter);
  const beforeArea = filterByMeasure(summaries, { ...filter, areas: [] });

  return {
    period,
    ignoredPeriodKey: base.ignoredPeriodKey,
    periodGroups: base.periodGroups,
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
    groups: groupByArea(dataset, shown).map(({ area, matches }) => {
      const limit = display.expandedAreas.includes(area.id) ? Infinity : display.limitPerArea;
      return { id: area.id, name: area.name, count: matches.length, tiles: matches.slice(0, limit).map(tileOf) };
    }),
    needsAttention: rankNeedsAttention(shown, 5).map((s) => toHighlight(s, s.variance?.text ?? '')),
    biggestMovers: rankBiggestMovers(shown, 5).map((s) => toHighlight(s, s.vsPrevious.text)),
    shownCount: shown.length,
    totalCount: summaries.length,
    query: search.q ?? '',
    hasFilters: hasActiveFilter(filter),
    shownSummaries: shown,
  };
}

// One tile view per summary for as long as the summary lives: after a keystroke an unchanged tile gets the same
// object, so the memoised tile component skips it instead of rendering every tile again.
const tileViews = new WeakMap<MeasureSummary, KpiTileView>();

function tileOf(summary: MeasureSummary): KpiTileView {
  let tile = tileViews.get(summary);
  if (!tile) {
    tile = buildTileView(summary);
    tileViews.set(summary, tile);
  }
  return tile;
}

/** The data's areas in order, each with its shown measures; areas without any are left out. One pass, not one per area. */
function groupByArea(dataset: Dataset, shown: MeasureSummary[]) {
  const byArea = new Map<string, MeasureSummary[]>();
  for (const summary of shown) {
    const list = byArea.get(summary.measure.serviceArea);
    if (list) list.push(summary);
    else byArea.set(summary.measure.serviceArea, [summary]);
  }
  return dataset.serviceAreas.flatMap((area) => {
    const matches = byArea.get(area.id);
    return matches ? [{ area, matches }] : [];
  });
}

function toHighlight(summary: MeasureSummary, detail: string): HighlightView {
  const tile = tileOf(summary);
  const asOf = summary.current.method === 'latest-month' && summary.current.asOfMonth ? ` (${formatMonth(summary.current.asOfMonth)})` : '';
  return { id: tile.id, code: tile.code, title: tile.title, valueText: `${tile.valueText}${asOf}`, detail, status: tile.status };
}

