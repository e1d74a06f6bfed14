import 'fake-indexeddb/auto';
import {
  deleteImport,
  previewImport,
  readImportedDataset,
  readImportState,
  saveImportedDataset,
  showImport,
} from '../../../src/data/persist/imported-dataset-db';
import { deleteDatasetVersion, listDatasetVersions, MAX_VERSIONS_PER_SOURCE } from '../../../src/data/persist/dataset-versions-db';
import { writeImportPointer } from '../../../src/data/persist/import-pointer';
import { resetLegacyImportMigration } from '../../../src/data/persist/migrate-legacy-import';
import { subscribeToDataChanges, type DataChangeEvent } from '../../../src/data/persist/data-change-channel';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';
import { makeDataset } from '../../fixtures/make-dataset';

const at = (minute: number) => new Date(Date.UTC(2023, 10, 2, 9, minute));

async function emptyStores() {
  for (const version of await listDatasetVersions()) await deleteDatasetVersion(version.id);
  writeImportPointer(null);
  resetLegacyImportMigration();
}

beforeEach(emptyStores);

describe('the import history (on the store of versions)', () => {
  it('keeps an import with its file name, date and summary, and puts it on screen', async () => {
    const { meta, evicted } = await saveImportedDataset(makeDataset({ title: 'Imported' }), 'october.csv', at(30));
    expect(evicted).toEqual([]);
    expect(meta).toEqual({ versionId: expect.stringMatching(/^import-/), fileName: 'october.csv', importedAt: '2023-11-02T09:30:00.000Z', active: true });
    const { current, history } = await readImportState();
    expect(current).toEqual(meta);
    expect(history.map((v) => [v.label, v.summary.title])).toEqual([['october.csv', 'Imported']]);
    expect((await readImportedDataset(meta.versionId)).title).toBe('Imported');
  });

  it('never replaces one import with another: both are kept, the newest on screen', async () => {
    const first = await saveImportedDataset(makeDataset({ title: 'A' }), 'a.csv', at(0));
    const second = await saveImportedDataset(makeDataset({ title: 'B' }), 'b.csv', at(1));
    const { current, history } = await readImportState();
    expect(current?.versionId).toBe(second.meta.versionId);
    expect(history.map((v) => v.label)).toEqual(['b.csv', 'a.csv']);
    expect((await readImportedDataset(first.meta.versionId)).title).toBe('A');
  });

  it('puts the chosen import aside, chooses another, and deletes one', async () => {
    const a = await saveImportedDataset(makeDataset({ title: 'A' }), 'a.csv', at(0));
    const b = await saveImportedDataset(makeDataset({ title: 'B' }), 'b.csv', at(1));
    showImport(b.meta.versionId, 'b.csv', false);
    expect((await readImportState()).current).toMatchObject({ fileName: 'b.csv', active: false });
    showImport(a.meta.versionId, 'a.csv', true);
    expect((await readImportState()).current).toMatchObject({ fileName: 'a.csv', active: true });
    await deleteImport(a.meta.versionId);
    const after = await readImportState();
    expect(after.current).toBeNull();
    expect(after.history.map((v) => v.label)).toEqual(['b.csv']);
    await expect(readImportedDataset(a.meta.versionId)).rejects.toBeInstanceOf(DatasetLoadError);
  });

  it(`says beforehand which import the ${MAX_VERSIONS_PER_SOURCE}-import rule would push out, and afterwards which it did`, async () => {
    for (let i = 0; i < MAX_VERSIONS_PER_SOURCE; i += 1) await saveImportedDataset(makeDataset({ title: `v${i}` }), `file-${i}.csv`, at(i));
    const next = makeDataset({ title: 'new' });
    expect((await previewImport(next)).wouldEvict.map((v) => v.label)).toEqual(['file-0.csv']);
    expect(await previewImport(makeDataset({ title: 'v3' }))).toEqual({ existing: expect.objectContaining({ label: 'file-3.csv' }), wouldEvict: [] });
    const events: DataChangeEvent[] = [];
    const stop = subscribeToDataChanges((event) => events.push(event));
    const { evicted } = await saveImportedDataset(next, 'new.csv', at(30));
    stop();
    expect(evicted.map((v) => v.label)).toEqual(['file-0.csv']);
    expect(events.map((e) => e.kind)).toEqual(['recorded', 'import-shown']);
    expect(events[0]).toMatchObject({ fromOtherTab: false, evicted: [expect.objectContaining({ label: 'file-0.csv' })] });
  });

  it('forgets a pointer to an import that is no longer stored', async () => {
    writeImportPointer({ versionId: 'import-gone', showing: true });
    expect((await readImportState()).current).toBeNull();
  });
});

describe('an import kept by an earlier version of the dashboard', () => {
  /** As the earlier version left it: one dataset and its details in a database of its own (closed once written). */
  function writeLegacy(entries: Record<string, unknown>): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('csc-dashboard-imports', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('imports');
      request.onsuccess = () => {
        const db = request.result;
        const transaction = db.transaction('imports', 'readwrite');
        for (const [key, value] of Object.entries(entries)) transaction.objectStore('imports').put(value, key);
        transaction.oncomplete = () => {
          db.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
  }

  it('moves into the import history, dated when it was imported and still on screen, and the old database goes', async () => {
    await writeLegacy({ dataset: makeDataset({ title: 'Kept before' }), meta: { fileName: 'old.csv', importedAt: '2023-10-03T08:00:00.000Z', active: true } });
    const { current, history } = await readImportState();
    expect(current).toMatchObject({ fileName: 'old.csv', importedAt: '2023-10-03T08:00:00.000Z', active: true });
    expect(history.map((v) => v.summary.title)).toEqual(['Kept before']);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('csc-dashboard-imports');
  });

  it('is left alone when the old database is damaged (no table), and imports still work', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('csc-dashboard-imports', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('not-imports');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readImportState()).toEqual({ current: null, history: [] });
    await saveImportedDataset(makeDataset({ title: 'New' }), 'new.csv', at(0));
    expect((await readImportState()).history.map((v) => v.label)).toEqual(['new.csv']);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('csc-dashboard-imports');
    warn.mockRestore();
  });
});
