import { useQuery } from '@tanstack/react-query';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { config } from '../../lib/config';
import { chooseDataSource, type DataSource } from './choose-data-source';
import { importedMetaQueryOptions } from './dataset-query';
import type { ImportedMeta } from '../persist/imported-dataset-db';

export type DataSourceState = {
  source: DataSource;
  /** Why a `?data=` address was ignored, or null. */
  rejected: string | null;
  /** The stored import, active or not; null when there is none. */
  imported: ImportedMeta | null;
  /** False only while the browser's stored import is being looked up and it could change the answer. */
  ready: boolean;
};

/** Which source every screen reads, from the URL, the stored import and the deployment settings. */
export function useDataSource(): DataSourceState {
  const { data: dataParam } = useDashboardSearch();
  const importedQuery = useQuery(importedMetaQueryOptions());
  const imported = importedQuery.data ?? null;
  const { source, rejected } = chooseDataSource({
    dataParam,
    importedActive: imported?.active ?? false,
    deploymentUrl: config.dataUrl,
    // No window when the page is prerendered; the origin only matters for a `?data=` address, which is never prerendered.
    origin: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  });
  // A `?data=` link wins over the stored import, so it need not wait for IndexedDB.
  const linkGiven = dataParam !== undefined && dataParam.trim() !== '' && rejected === null;
  const ready = linkGiven || importedQuery.isFetched || importedQuery.isError;
  return { source, rejected, imported, ready };
}
