import { getMany } from 'idb-keyval';
import { z } from '../../lib/zod';
import { parseDataset } from '../contract/parse-dataset';
import { IMPORT_SOURCE, recordDatasetVersion } from './dataset-versions-db';
import { readImportPointer, writeImportPointer } from './import-pointer';
import { deleteDatabase, recoverableStore } from './recoverable-store';

/**
 * Earlier versions of the dashboard kept one imported file in a database of its own. The first time this version
 * runs in a browser, that file moves into the import history (the store of versions), dated when it was imported
 * and still in use if it was, and the old database is deleted.
 */

const LEGACY_DATABASE = 'csc-dashboard-imports';
const DONE_KEY = 'csc-dashboard:imports-migrated';
const legacyMetaSchema = z.object({ fileName: z.string().max(500), importedAt: z.iso.datetime(), active: z.boolean() });

let running: Promise<void> | null = null;

export function migrateLegacyImport(): Promise<void> {
  if (isDone()) return Promise.resolve();
  running ??= migrate().finally(markDone);
  return running;
}

async function migrate(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  // Where the browser can list databases, a browser that never had the old one need not create it to find out.
  if (typeof indexedDB.databases === 'function') {
    const names = await indexedDB.databases().then((list) => list.map((db) => db.name), () => [LEGACY_DATABASE]);
    if (!names.includes(LEGACY_DATABASE)) return;
  }
  const legacy = recoverableStore(LEGACY_DATABASE, 'imports', 'The old store of imports');
  try {
    const [dataset, meta] = await legacy.run((store) => getMany<unknown>(['dataset', 'meta'], store));
    const details = legacyMetaSchema.safeParse(meta);
    const parsed = dataset === undefined ? null : parseDataset(dataset);
    if (details.success && parsed?.ok) {
      const { fileName, importedAt, active } = details.data;
      const { version } = await recordDatasetVersion(IMPORT_SOURCE, fileName, parsed.dataset, new Date(importedAt));
      if (!readImportPointer()) writeImportPointer({ versionId: version.id, showing: active });
    } else if (dataset !== undefined) {
      console.warn('An import kept by an earlier version of the dashboard no longer matches data contract v1 and was not kept');
    }
  } catch (error) {
    console.warn('An import kept by an earlier version of the dashboard could not be moved into the import history', error);
  }
  await legacy.close();
  await deleteDatabase(LEGACY_DATABASE);
}

function isDone(): boolean {
  try {
    return globalThis.localStorage?.getItem(DONE_KEY) === '1';
  } catch {
    return false;
  }
}

function markDone(): void {
  try {
    globalThis.localStorage?.setItem(DONE_KEY, '1');
  } catch {
    // Tried again on the next visit; the old database is gone by then, so that costs a look-up.
  }
}

/** For tests: forget that the migration ran in this page. */
export function resetLegacyImportMigration(): void {
  running = null;
}
