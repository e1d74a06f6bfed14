import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from './load-dataset';

/** The one read of indicator data; every screen shares the cache entry for a given URL. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: 60_000,
  });
}
