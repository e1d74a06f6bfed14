import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../../domain/indicators';
import type { DataSource } from '../load/choose-data-source';
import { IMPORT_SOURCE, listDatasetVersions, readDatasetVersion } from './dataset-versions-db';

/** The store's key for a source: imports share one, a feed is keyed by its address (dataset-versions-db.ts). */
export function versionSourceOf(source: DataSource): string {
  return source.kind === 'imported' ? IMPORT_SOURCE : source.url;
}

/** The versions this browser keeps of one source, newest first: what "Compare with" offers. Read again on each visit. */
export function datasetVersionsQueryOptions(sourceKey: string) {
  return queryOptions({ queryKey: ['versions', sourceKey], queryFn: () => listDatasetVersions(sourceKey), staleTime: 0 });
}

/** A kept version's figures; a version never changes, so it is read once. */
export function storedVersionQueryOptions(versionId: string) {
  return queryOptions({ queryKey: ['versions', 'data', versionId], queryFn: () => readDatasetVersion(versionId), staleTime: Infinity, retry: false });
}

/**
 * A file the presenter chose to compare with. It is not kept (it would push a real import out of the history), so
 * it lives only in this tab's cache: set by the pack builder with `setQueryData`, null until then or after a reload.
 */
export type ComparisonFile = { fileName: string; dataset: Dataset };

export function comparisonFileQueryOptions() {
  return queryOptions<ComparisonFile | null>({ queryKey: ['comparison-file'], queryFn: () => null, staleTime: Infinity, gcTime: Infinity });
}
