import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Dataset } from '../../domain/indicators';
import { IMPORTED_DATASET_KEY, IMPORT_STATE_KEY } from '../load/dataset-query';
import type { DatasetVersion } from './dataset-versions-db';
import { deleteImport, saveImportedDataset, showImport, type ImportState, type ImportedMeta } from './imported-dataset-db';
import { rememberImportActive } from './import-hint';

export type AppliedImport = {
  /** False when the browser refused to store it: it is on screen until the page is reloaded. */
  persisted: boolean;
  /** Older imports the history's retention rule pushed out to make room, for the user to be told. */
  evicted: DatasetVersion[];
};

export type ImportedDatasetActions = {
  /** Keeps a validated dataset in the import history and switches to it. */
  applyImport: (dataset: Dataset, fileName: string) => Promise<AppliedImport>;
  /** Shows an import from the history, or (`showing` false) puts the chosen one aside. */
  showImport: (version: { versionId: string; fileName: string }, showing: boolean) => Promise<void>;
  deleteImport: (versionId: string) => Promise<void>;
};

const UNSAVED_ID = 'unsaved';

/**
 * Writes to the import history and updates the cache in the same step, so every screen switches at once without
 * reading the store again (the other tabs hear of it through data-change-channel.ts and read it). When IndexedDB is
 * refused (some private windows) the import still works until the page is reloaded.
 */
export function useImportedDatasetActions(): ImportedDatasetActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const setState = (update: (state: ImportState) => ImportState) => {
      const next = queryClient.setQueryData<ImportState>(IMPORT_STATE_KEY, (state) => update(state ?? { current: null, history: [] }));
      rememberImportActive(next?.current?.active === true);
    };
    return {
      applyImport: async (dataset, fileName) => {
        try {
          const { meta, version, evicted } = await saveImportedDataset(dataset, fileName);
          queryClient.setQueryData([...IMPORTED_DATASET_KEY, meta.versionId], dataset);
          const gone = new Set([version.id, ...evicted.map((v) => v.id)]);
          setState((state) => ({ current: meta, history: [version, ...state.history.filter((v) => !gone.has(v.id))] }));
          for (const v of evicted) queryClient.removeQueries({ queryKey: [...IMPORTED_DATASET_KEY, v.id] });
          return { persisted: true, evicted };
        } catch (error) {
          console.warn('The imported data could not be stored', error);
          const meta: ImportedMeta = { versionId: UNSAVED_ID, fileName, importedAt: new Date().toISOString(), active: true };
          queryClient.setQueryData([...IMPORTED_DATASET_KEY, UNSAVED_ID], dataset);
          setState((state) => ({ ...state, current: meta }));
          return { persisted: false, evicted: [] };
        }
      },
      showImport: async ({ versionId, fileName }, showing) => {
        setState((state) => ({ ...state, current: { importedAt: '', ...state.current, versionId, fileName, active: showing } }));
        if (versionId !== UNSAVED_ID) showImport(versionId, fileName, showing);
        return Promise.resolve();
      },
      deleteImport: async (versionId) => {
        setState((state) => ({
          current: state.current?.versionId === versionId ? null : state.current,
          history: state.history.filter((v) => v.id !== versionId),
        }));
        if (versionId !== UNSAVED_ID) await deleteImport(versionId);
        queryClient.removeQueries({ queryKey: [...IMPORTED_DATASET_KEY, versionId] });
      },
    };
  }, [queryClient]);
}
