import { createStore, delMany, get, set, setMany, type UseStore } from 'idb-keyval';
import { z } from '../../lib/zod';
import type { Dataset } from '../../domain/indicators';
import { DatasetLoadError } from '../load/dataset-load-error';
import { parseDataset } from '../contract/parse-dataset';

/**
 * The one imported dataset, kept in IndexedDB so it survives a reload until the user clears it. It lives in
 * its own database: the bundled report and any feed are never written to.
 */

export type ImportedMeta = { fileName: string; importedAt: string; active: boolean };

const metaSchema = z.object({ fileName: z.string().max(500), importedAt: z.string(), active: z.boolean() });

const DATASET_KEY = 'dataset';
const META_KEY = 'meta';
export const IMPORTED_SOURCE_LABEL = 'the imported file';

let store: UseStore | null = null;
function importStore(): UseStore {
  store ??= createStore('csc-dashboard-imports', 'imports');
  return store;
}

export function isImportStorageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** What was imported and whether it is in use; null when nothing is stored or storage is unavailable. */
export async function readImportedMeta(): Promise<ImportedMeta | null> {
  if (!isImportStorageAvailable()) return null;
  try {
    const parsed = metaSchema.safeParse(await get(META_KEY, importStore()));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    // Private windows in some browsers refuse IndexedDB: carry on with the other sources.
    console.warn('Imported data could not be read', error);
    return null;
  }
}

/** The stored dataset, checked again: a newer dashboard may read a file an older one accepted. */
export async function readImportedDataset(): Promise<Dataset> {
  const stored: unknown = isImportStorageAvailable() ? await get(DATASET_KEY, importStore()) : undefined;
  if (stored === undefined)
    throw new DatasetLoadError('not-found', IMPORTED_SOURCE_LABEL, 'The imported data is no longer stored in this browser. Import the file again.');
  const parsed = parseDataset(stored);
  if (!parsed.ok)
    throw new DatasetLoadError('invalid', IMPORTED_SOURCE_LABEL, 'The imported data no longer matches data contract v1. Import the file again.', parsed.issues);
  return parsed.dataset;
}

/** Stores a validated dataset as the imported one and makes it the active source, in one transaction. */
export async function saveImportedDataset(dataset: Dataset, fileName: string, now = new Date()): Promise<ImportedMeta> {
  const meta: ImportedMeta = { fileName, importedAt: now.toISOString(), active: true };
  if (!isImportStorageAvailable()) throw new Error('this browser does not allow saving data (IndexedDB is unavailable)');
  await setMany([[DATASET_KEY, dataset], [META_KEY, meta]], importStore());
  return meta;
}

export async function setImportedActive(active: boolean): Promise<ImportedMeta | null> {
  const meta = await readImportedMeta();
  if (!meta) return null;
  const next = { ...meta, active };
  await set(META_KEY, next, importStore());
  return next;
}

export async function clearImportedDataset(): Promise<void> {
  if (!isImportStorageAvailable()) return;
  await delMany([DATASET_KEY, META_KEY], importStore());
}
