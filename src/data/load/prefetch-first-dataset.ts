import type { QueryClient } from '@tanstack/react-query';
import { parseSearchString, validateDashboardSearch } from '../../url/dashboard-search';
import { chooseDataSource } from './choose-data-source';
import { datasetQueryOptions, type FeedSettings } from './dataset-query';

export type PageAddress = { search: string; origin: string };

/** The address being loaded, its cache key, and a promise that settles (never rejects) once the answer is cached. */
export type FirstLoad = { url: string; queryKey: readonly string[]; settled: Promise<void> };

/**
 * Starts loading the figures the first screen will most likely show as soon as the script runs, rather than
 * after React's first render and the IndexedDB look-up of a stored import: the download and validation then
 * overlap that wait (about 100 ms on a laptop; more on a phone or with a large file). The source is chosen as
 * if no import were active, since finding out is the wait this avoids; when one is active, this one request
 * is wasted and sits unused in the cache. Returns the address it started loading and when it settles, or null.
 */
export function prefetchFirstDataset(queryClient: QueryClient, page: PageAddress, deploymentUrl: string | null, settings: FeedSettings): FirstLoad | null {
  const { data: dataParam } = validateDashboardSearch(parseSearchString(page.search));
  const { source } = chooseDataSource({ dataParam, activeImportId: null, deploymentUrl, origin: page.origin });
  if (source.kind === 'imported') return null;
  const options = datasetQueryOptions(source, settings);
  return { url: source.url, queryKey: options.queryKey, settled: queryClient.prefetchQuery(options) };
}
