import { useQuery } from '@tanstack/react-query';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { config } from '../../lib/config';
import { chooseDataSource, type DataSource } from './choose-data-source';
import { importStateQueryOptions } from './dataset-query';
import type { ImportedMeta } from '../persist/imported-dataset-db';
import type { DatasetVersion } from '../persist/dataset-versions-db';
import { foreignFeedOrigin } from './foreign-feed-origin';

export type DataSourceState = {
  source: DataSource;
  /** Why a `?data=` address was ignored, or null. */
  rejected: string | null;
  /** The import chosen, on screen or put aside; null when there is none. */
  imported: ImportedMeta | null;
  /** Every import kept in this browser, newest first. */
  importHistory: DatasetVersion[];
  /** False only while the browser's stored import is being looked up and it could change the answer. */
  ready: boolean;
  /** The other site a linked feed comes from, when it is not one of the council's own (foreign-feed-origin.ts). */
  foreignOrigin: string | null;
};

/** Which source every screen reads, from the URL, the stored import and the deployment settings. */
export function useDataSource(): DataSourceState {
  const { data: dataParam } = useDashboardSearch();
  const importedQuery = useQuery(importStateQueryOptions());
  const imported = importedQuery.data?.current ?? null;
  // No window when the page is prerendered; the origin only matters for a `?data=` address, which is never prerendered.
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const { source, rejected } = chooseDataSource({
    dataParam,
    activeImportId: imported?.active ? imported.versionId : null,
    deploymentUrl: config.dataUrl,
    origin,
  });
  // A `?data=` link wins over the stored import, so it need not wait for IndexedDB.
  const linkGiven = dataParam !== undefined && dataParam.trim() !== '' && rejected === null;
  const ready = linkGiven || importedQuery.isFetched || importedQuery.isError;
  const foreignOrigin = foreignFeedOrigin(source, { pageOrigin: origin, allowedOrigins: config.feedOrigins, deploymentUrl: config.dataUrl });
  return { source, rejected, imported, importHistory: importedQuery.data?.history ?? [], ready, foreignOrigin };
}

/**
 * The other site the figures on screen come from, or null when they are the council's own: for every screen that
 * shows figures (pages, slides, exports) to say so unmistakably.
 */
export function useForeignFeedOrigin(): string | null {
  return useDataSource().foreignOrigin;
}
