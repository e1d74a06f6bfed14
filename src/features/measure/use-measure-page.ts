import { useMemo } from 'react';
import { useDatasetModel } from '../../data/load/use-dataset-model';
import type { Dataset } from '../../domain/indicators';
import { useDashboardSearch, useUpdateDashboardSearch } from '../../url/use-dashboard-search';
import { buildMeasureView, findMeasureHeading, type MeasureView } from './build-measure-view';

export type MeasurePageState =
  | { kind: 'ready'; view: MeasureView; dataset: Dataset; changePeriod: (periodKey: string) => void }
  /** The measure exists but the data has no figures at all. */
  | { kind: 'no-figures'; heading: string }
  | { kind: 'not-found' };

/** One measure for the URL's period and filters, from the shared period model; the page only lays it out. */
export function useMeasurePage(measureId: string): MeasurePageState {
  const model = useDatasetModel();
  const search = useDashboardSearch();
  const update = useUpdateDashboardSearch();
  const periodModel = model.forPeriod(search.period);
  const { area, status, q } = search;
  const view = useMemo(() => periodModel && buildMeasureView(periodModel, measureId, { area, status, q }), [periodModel, measureId, area, status, q]);
  if (view) return { kind: 'ready', view, dataset: model.dataset, changePeriod: (period) => update({ period }) };
  const heading = findMeasureHeading(model, measureId);
  return heading === null ? { kind: 'not-found' } : { kind: 'no-figures', heading };
}
