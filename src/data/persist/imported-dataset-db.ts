import type { Dataset } from '../../domain/indicators';
import {
  deleteDatasetVersion,
  IMPORT_SOURCE,
  isVersionStorageAvailable,
  listDatasetVersions,
  previewDatasetVersion,
  readDatasetVersion,
  recordDatasetVersion,
  type DatasetVersion,
} from './dataset-versions-db';
import { readImportPointer, writeImportPointer } from './import-pointer';
import { migrateLegacyImport } from './migrate-legacy-import';
import { announceDataChange } from './data-change-channel';

/**
 * The import history: every file imported in this browser is a version of the source IMPORT_SOURCE in the one store
 * of versions (dataset-versions-db.ts), under its retention rule, beside the feeds' editions that "since last
 * meeting" reads. The import in use is a pointer to one of them (import-pointer.ts). Nothing is replaced: a new
 * import joins the history, and what the retention rule pushes out is returned so the user is told.
 */

/** The import chosen in this browser, and whether it is on screen (`active`) or put aside for the bundled report. */
export type ImportedMeta = { versionId: string; fileName: string; importedAt: string; active: boolean };

export type ImportState = { current: ImportedMeta | null; history: DatasetVersion[] };

export const IMPORTED_SOURCE_LABEL = 'the imported file';

export function isImportStorageAvailable(): boolean {
  return isVersionStorageAvailable();
}

/** The import in use (if its version is still stored) and every import kept, newest first. */
export async function readImportState(): Promise<ImportState> {
  if (!isImportStorageAvailable()) return { current: null, history: [] };
  try {
    await migrateLegacyImport();
    const history = await listDatasetVersions(IMPORT_SOURCE);
    const pointer = readImportPointer();
    const version = pointer && history.find((v) => v.id === pointer.versionId);
    const current = pointer && version ? { versionId: version.id, fileName: version.label, importedAt: version.firstSeen, active: pointer.showing } : null;
    return { current, history };
  } catch (error) {
    // Private windows in some browsers refuse IndexedDB: carry on with the other sources.
    console.warn('The import history could not be read', error);
    return { current: null, history: [] };
  }
}

/** The figures of one import, checked again: a newer dashboard may refuse a file an older one accepted. */
export function readImportedDataset(versionId: string): Promise<Dataset> {
  return readDatasetVersion(versionId);
}

export type SavedImport = { meta: ImportedMeta; version: DatasetVersion; evicted: DatasetVersion[]; isNew: boolean };

/** Keeps a validated dataset in the import history and puts it on screen. */
export async function saveImportedDataset(dataset: Dataset, fileName: string, now = new Date()): Promise<SavedImport> {
  if (!isImportStorageAvailable()) throw new Error('this browser does not allow saving data (IndexedDB is unavailable)');
  const { version, evicted, isNew } = await recordDatasetVersion(IMPORT_SOURCE, fileName, dataset, now);
  showImport(version.id, version.label, true);
  return { meta: { versionId: version.id, fileName: version.label, importedAt: version.firstSeen, active: true }, version, evicted, isNew };
}

/** What keeping this dataset would do: join an import with the same figures, or push the oldest ones out. */
export function previewImport(dataset: Dataset): Promise<{ existing: DatasetVersion | null; wouldEvict: DatasetVersion[] }> {
  return isImportStorageAvailable() ? previewDatasetVersion(IMPORT_SOURCE, dataset) : Promise.resolve({ existing: null, wouldEvict: [] });
}

/** Chooses which import is used and whether it is on screen; tells the other tabs. */
export function showImport(versionId: string, label: string, showing: boolean): void {
  writeImportPointer({ versionId, showing });
  announceDataChange({ kind: 'import-shown', versionId: showing ? versionId : null, label: showing ? label : null });
}

/** Deletes one import; if it was the one chosen, no import is chosen any more. */
export async function deleteImport(versionId: string): Promise<void> {
  const pointer = readImportPointer();
  await deleteDatasetVersion(versionId);
  if (pointer?.versionId === versionId) {
    writeImportPointer(null);
    if (pointer.showing) announceDataChange({ kind: 'import-shown', versionId: null, label: null });
  }
}
