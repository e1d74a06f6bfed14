import { queryOptions, skipToken } from '@tanstack/react-query';
import type { Dataset } from '../../domain/indicators';
import type { DataSource } from './choose-data-source';
import { loadDataset } from './load-dataset';
import { readImportedDataset, readImportState } from '../persist/imported-dataset-db';
import { consecutiveFailures, nextCheckDelay } from './refresh-policy';

export type FeedSettings = { refreshMs: number; fetchTimeoutMs: number };

/** Every import's figures live under this key, one entry per version: name and figures can never disagree. */
export const IMPORTED_DATASET_KEY = ['dataset', 'imported'] as const;
export const IMPORT_STATE_KEY = ['imports'] as const;

/**
 * The one read of indicator data for a source; every screen shares its cache entry. A feed is checked on an
 * interval and when the window regains focus. When a check fails react-query keeps the last good `data`
 * beside the `error`: that pair is the "stale" state the dashboard shows, never a blank page.
 */
export function datasetQueryOptions(source: DataSource, settings: FeedSettings) {
  if (source.kind === 'imported') {
    return queryOptions<Dataset, Error, Dataset, readonly string[]>({
      queryKey: [...IMPORTED_DATASET_KEY, source.versionId],
      queryFn: () => readImportedDataset(source.versionId),
      // A version never changes; a new import is a new version.
      staleTime: Infinity,
      gcTime: Infinity,
    });
  }
  return queryOptions<Dataset, Error, Dataset, readonly string[]>({
    queryKey: ['dataset', source.url],
    queryFn: ({ signal }) => loadDataset(source.url, signal, { timeoutMs: settings.fetchTimeoutMs }),
    // No silent retry: it would double the configured timeout before the user hears anything (a feed that never
    // answers showed "Loading…" for 31 s, not 15) and download a refused file twice. refetchInterval below tries
    // again after 5 s, with the failure on screen.
    retry: false,
    staleTime: 30_000,
    refetchOnWindowFocus: true,
    refetchInterval: (query) => nextCheckDelay(consecutiveFailures(query), settings.refreshMs),
  });
}

/**
 * Stands in while the source is not yet known (the stored import is being looked up). A query of its own,
 * rather than the likely source's query disabled, because that one may already hold figures fetched early
 * (prefetch-first-dataset.ts) that must not flash up if an import turns out to be active.
 */
export function sourcePendingQueryOptions() {
  return queryOptions<Dataset, Error, Dataset, readonly string[]>({ queryKey: ['dataset', 'source-pending'], queryFn: skipToken });
}

/** The import history, and which import the user chose and whether it is on screen. */
export function importStateQueryOptions() {
  return queryOptions({
    queryKey: IMPORT_STATE_KEY,
    queryFn: readImportState,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
