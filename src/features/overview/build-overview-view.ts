import type { Dataset } from '../../data/indicator-schema';
import { buildTileView, type KpiTileView } from '../../domain/build-tile-view';
import type { Status } from '../../domain/evaluate-status';
import { filterByMeasure, orderMeasuresByArea } from '../../domain/filter-measures';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import { listAvailablePeriods, type Period } from '../../domain/period';
import { resolvePeriod } from '../../domain/resolve-period';
import { rankBiggestMovers, rankNeedsAttention, summariseMeasure, type MeasureSummary } from '../../domain/summarise-measure';
import { filterFromSearch, hasActiveFilter, STATUS_OF_FILTER, type DashboardSearch, type StatusFilter } from '../../lib/dashboard-search';
import { formatMonth } from '../../lib/format';

export type HighlightView = { id: string; code: string | null; title: string; valueText: string; detail: string; status: Status };

export type OverviewView = {
  period: Period;
  /** Set when the link asked for a period the data does not have. */
  ignoredPeriodKey: string | null;
  periodGroups: PeriodGroup[];
  areas: { id: string; name: string; selected: boolean; count: number }[];
  statusCounts: { filter: StatusFilter; status: Status; count: number; selected: boolean }[];
  groups: { id: string; name: string; tiles: KpiTileView[] }[];
  needsAttention: HighlightView[];
  biggestMovers: HighlightView[];
  shownCount: number;
  totalCount: number;
  query: string;
  hasFilters: boolean;
  /** The shown measures' summaries, for the CSV export of what is on screen. */
  shownSummaries: MeasureSummary[];
};

const STATUS_ORDER: StatusFilter[] = ['off', 'near', 'on', 'none', 'nodata'];

/**
 * The whole overview for one URL: period, filter choices with counts, tiles grouped by area, and highlights.
 * Status counts ignore the status filter itself, so clicking a count always shows that many tiles.
 */
export function buildOverviewView(dataset: Dataset, search: DashboardSearch): OverviewView | null {
  const { period, ignoredKey } = resolvePeriod(dataset, search.period);
  if (!period) return null;

  const summaries = orderMeasuresByArea(dataset).map((m) => summariseMeasure(m, period, dataset.reportingPeriod.financialYear));
  const filter = filterFromSearch(search);
  const selectedStatuses = filter.statuses;
  const beforeStatus = filterByMeasure(summaries, { ...filter, statuses: [] });
  const shown = filterByMeasure(summaries, filter);
  const beforeArea = filterByMeasure(summaries, { ...filter, areas: [] });

  return {
    period,
    ignoredPeriodKey: ignoredKey,
    periodGroups: groupPeriods(listAvailablePeriods(dataset)),
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
    groups: dataset.serviceAreas
      .map((area) => ({ id: area.id, name: area.name, tiles: shown.filter((s) => s.measure.serviceArea === area.id).map(buildTileView) }))
      .filter((group) => group.tiles.length > 0),
    needsAttention: rankNeedsAttention(shown, 5).map((s) => toHighlight(s, s.variance?.text ?? '')),
    biggestMovers: rankBiggestMovers(shown, 5).map((s) => toHighlight(s, s.vsPrevious.text)),
    shownCount: shown.length,
    totalCount: summaries.length,
    query: search.q ?? '',
    hasFilters: hasActiveFilter(filter),
    shownSummaries: shown,
  };
}

function toHighlight(summary: MeasureSummary, detail: string): HighlightView {
  const tile = buildTileView(summary);
  const asOf = summary.current.method === 'latest-month' && summary.current.asOfMonth ? ` (${formatMonth(summary.current.asOfMonth)})` : '';
  return { id: tile.id, code: tile.code, title: tile.title, valueText: `${tile.valueText}${asOf}`, detail, status: tile.status };
}

