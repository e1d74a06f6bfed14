import { useSuspenseQuery } from '@tanstack/react-query';
import { datasetModelOf, type DatasetModel, type PeriodModel } from '../../domain/dataset-model';
import type { Dataset } from '../../domain/indicators';
import { config } from '../../lib/config';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { datasetQueryOptions } from './dataset-query';
import { useDataSource } from './use-data-source';

/**
 * The loaded dataset's derived model, whichever source it came from: one per dataset, shared by every screen
 * (datasetModelOf builds it once per dataset object). The root layout renders features only once the query has
 * data, so this never suspends in practice; during a failed refresh it keeps the last good data's model.
 */
export function useDatasetModel(): DatasetModel {
  const { source } = useDataSource();
  return useSuspenseQuery({ ...datasetQueryOptions(source, config), select: datasetModelOf }).data;
}

/** The loaded dataset itself, for screens that read the file as it is (data checks, import). */
export function useDataset(): Dataset {
  return useDatasetModel().dataset;
}

/**
 * The model of the period the URL asks for (the latest month by default): every measure's summary and, on demand,
 * its SPC. Null when the data has no figures at all. The same object for every screen that asks, until the data
 * or the period changes.
 */
export function usePeriodModel(): PeriodModel | null {
  const model = useDatasetModel();
  const { period } = useDashboardSearch();
  return model.forPeriod(period);
}
