import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Dataset } from '../../domain/indicators';
import { IMPORTED_DATASET_KEY, IMPORTED_META_KEY } from '../load/dataset-query';
import { clearImportedDataset, saveImportedDataset, setImportedActive, type ImportedMeta } from './imported-dataset-db';
import { rememberImportActive } from './import-hint';

export type ImportedDatasetActions = {
  /** Stores a validated dataset and switches to it. `persisted` is false when the browser refused to store it. */
  applyImport: (dataset: Dataset, fileName: string) => Promise<{ persisted: boolean }>;
  setActive: (active: boolean) => Promise<void>;
  clear: () => Promise<void>;
};

/**
 * Writes to the stored import and updates the cache in the same step, so every screen switches at once.
 * When IndexedDB is refused (some private windows) the import still works until the page is reloaded.
 */
export function useImportedDatasetActions(): ImportedDatasetActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const setMeta = (meta: ImportedMeta | null) => {
      rememberImportActive(meta?.active === true);
      queryClient.setQueryData(IMPORTED_META_KEY, meta);
    };
    return {
      applyImport: async (dataset, fileName) => {
        let meta: ImportedMeta;
        let persisted = true;
        try {
          meta = await saveImportedDataset(dataset, fileName);
        } catch (error) {
          console.warn('The imported data could not be stored', error);
          meta = { fileName, importedAt: new Date().toISOString(), active: true };
          persisted = false;
        }
        queryClient.setQueryData(IMPORTED_DATASET_KEY, dataset);
        setMeta(meta);
        return { persisted };
      },
      setActive: async (active) => {
        const current = queryClient.getQueryData<ImportedMeta | null>(IMPORTED_META_KEY) ?? null;
        const stored = await setImportedActive(active).catch(() => null);
        setMeta(stored ?? (current ? { ...current, active } : null));
      },
      clear: async () => {
        await clearImportedDataset();
        setMeta(null);
        queryClient.removeQueries({ queryKey: IMPORTED_DATASET_KEY });
      },
    };
  }, [queryClient]);
}
