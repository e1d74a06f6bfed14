import { useMemo, useState } from 'react';
import { useDatasetModel } from '../../data/load/use-dataset-model';
import type { PeriodModel } from '../../domain/dataset-model';
import type { Dataset } from '../../domain/indicators';
import type { DashboardSearch, StatusFilter } from '../../url/dashboard-search';
import { useDashboardSearch, useUpdateDashboardSearch, useUpdateSearchText } from '../../url/use-dashboard-search';
import { usePrinting } from '../../lib/use-printing';
import { buildOverviewView, createTileViews, SHOW_ALL_TILES, TILES_PER_AREA, type OverviewView } from './build-overview-view';

export type Overview = {
  dataset: Dataset;
  /** Null when the data has no figures at all; then so is the view. */
  periodModel: PeriodModel | null;
  view: OverviewView | null;
  update: (patch: Partial<DashboardSearch>) => void;
  /** The search box's text: one history entry per burst of typing. */
  updateQuery: (q: string | undefined) => void;
  toggleStatus: (filter: StatusFilter) => void;
  clearFilters: () => void;
  /** "Show all" for an area: every one of its tiles, not only the first few. */
  expandArea: (areaId: string) => void;
};

/** Everything the overview screen shows and does, for the URL's filters; the page only lays it out. */
export function useOverview(): Overview {
  const model = useDatasetModel();
  const search = useDashboardSearch();
  const periodModel = model.forPeriod(search.period);
  const update = useUpdateDashboardSearch();
  const updateQuery = useUpdateSearchText();
  const [expandedAreas, setExpandedAreas] = useState<string[]>([]);
  // While printing, the pack holds every matching tile, not only each area's first few.
  const printing = usePrinting();
  const tileOf = useMemo(() => periodModel && createTileViews(periodModel), [periodModel]);
  const { area, status, q } = search;
  const view = useMemo(
    () =>
      periodModel &&
      tileOf &&
      buildOverviewView(periodModel, { area, status, q }, tileOf, printing ? SHOW_ALL_TILES : { limitPerArea: TILES_PER_AREA, expandedAreas }),
    [periodModel, area, status, q, tileOf, printing, expandedAreas],
  );

  return {
    dataset: model.dataset,
    periodModel,
    view,
    update,
    updateQuery,
    toggleStatus(filter) {
      const current = status ?? [];
      const next = current.includes(filter) ? current.filter((s) => s !== filter) : [...current, filter];
      update({ status: next.length ? next : undefined });
    },
    clearFilters: () => update({ area: undefined, status: undefined, q: undefined }),
    expandArea: (areaId) => setExpandedAreas((areas) => [...areas, areaId]),
  };
}
