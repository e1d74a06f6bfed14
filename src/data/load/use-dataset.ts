import { useSuspenseQuery } from '@tanstack/react-query';
import type { Dataset } from '../../domain/indicators';
import { datasetQueryOptions } from './dataset-query';
import { useDataSource } from './use-data-source';
import { config } from '../../lib/config';

/**
 * The loaded dataset for feature screens, whichever source it came from. The root layout renders features
 * only once the query has data, so this never suspends in practice; it exists so features need no loading
 * branches of their own. During a failed refresh it keeps returning the last good data.
 */
export function useDataset(): Dataset {
  const { source } = useDataSource();
  return useSuspenseQuery(datasetQueryOptions(source, config)).data;
}
