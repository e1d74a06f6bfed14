import 'fake-indexeddb/auto';
import {
  deleteDatasetVersion,
  IMPORT_SOURCE,
  listDatasetVersions,
  MAX_VERSIONS_PER_SOURCE,
  readDatasetVersion,
  recordDatasetVersion,
} from '../../../src/data/persist/dataset-versions-db';
import { fnv1a } from '../../../src/data/persist/fingerprint-dataset';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';
import { makeDataset } from '../../fixtures/make-dataset';

const FEED = 'https://example.org/indicators.json';
const at = (minute: number) => new Date(Date.UTC(2023, 10, 7, 9, minute));

beforeEach(async () => {
  for (const version of await listDatasetVersions()) await deleteDatasetVersion(version.id);
});

describe('the store of data versions (IndexedDB)', () => {
  it('keeps a new version with its source, dates and a summary, and gives its figures back', async () => {
    const { version, isNew, evicted } = await recordDatasetVersion(FEED, FEED, makeDataset({ title: 'September' }), at(0));
    expect(isNew).toBe(true);
    expect(evicted).toEqual([]);
    expect(version).toMatchObject({
      source: FEED,
      label: FEED,
      firstSeen: '2023-11-07T09:00:00.000Z',
      lastSeen: '2023-11-07T09:00:00.000Z',
      summary: { title: 'September', authority: 'Darlington Borough Council', asAt: '2023-09-30', latestMonth: '2023-09' },
    });
    expect((await readDatasetVersion(version.id)).title).toBe('September');
  });

  it('does not count the same figures fetched again as a new version, only as seen again', async () => {
    const first = await recordDatasetVersion(FEED, FEED, makeDataset(), at(0));
    const again = await recordDatasetVersion(FEED, FEED, makeDataset(), at(5));
    expect(again.isNew).toBe(false);
    expect(again.version.id).toBe(first.version.id);
    expect(await listDatasetVersions(FEED)).toEqual([expect.objectContaining({ firstSeen: '2023-11-07T09:00:00.000Z', lastSeen: '2023-11-07T09:05:00.000Z' })]);
  });

  it('lists versions newest first, by source, and keeps imports apart from feeds', async () => {
    await recordDatasetVersion(FEED, FEED, makeDataset({ title: 'August' }), at(0));
    await recordDatasetVersion(FEED, FEED, makeDataset({ title: 'September' }), at(1));
    await recordDatasetVersion(IMPORT_SOURCE, 'october.csv', makeDataset({ title: 'October' }), at(2));
    expect((await listDatasetVersions(FEED)).map((v) => v.summary.title)).toEqual(['September', 'August']);
    expect((await listDatasetVersions(IMPORT_SOURCE)).map((v) => v.label)).toEqual(['october.csv']);
    expect(await listDatasetVersions()).toHaveLength(3);
  });

  it(`keeps the newest ${MAX_VERSIONS_PER_SOURCE} of a source and says which it pushed out`, async () => {
    for (let i = 0; i < MAX_VERSIONS_PER_SOURCE; i += 1) await recordDatasetVersion(IMPORT_SOURCE, `file-${i}.csv`, makeDataset({ title: `v${i}` }), at(i));
    await recordDatasetVersion(FEED, FEED, makeDataset({ title: 'feed' }), at(20));
    const { evicted } = await recordDatasetVersion(IMPORT_SOURCE, 'file-new.csv', makeDataset({ title: 'new' }), at(30));
    expect(evicted.map((v) => v.label)).toEqual(['file-0.csv']);
    expect(await listDatasetVersions(IMPORT_SOURCE)).toHaveLength(MAX_VERSIONS_PER_SOURCE);
    expect(await listDatasetVersions(FEED)).toHaveLength(1);
    await expect(readDatasetVersion(evicted[0]!.id)).rejects.toBeInstanceOf(DatasetLoadError);
  });

  it('deletes a version and its figures', async () => {
    const { version } = await recordDatasetVersion(IMPORT_SOURCE, 'october.csv', makeDataset(), at(0));
    await deleteDatasetVersion(version.id);
    expect(await listDatasetVersions()).toEqual([]);
    const error = await readDatasetVersion(version.id).catch((e: unknown) => e);
    expect((error as DatasetLoadError).message).toBe('That version is no longer stored in this browser.');
  });
});

describe('a missing or damaged store of versions', () => {
  /** A database of that name without the table: left by another program, or half cleared. */
  function openWithoutTable(version: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('csc-dashboard-versions', version);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (db.objectStoreNames.contains('versions')) db.deleteObjectStore('versions');
        db.createObjectStore('something-else');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }

  it('is recreated rather than failing every later version, and says so in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await recordDatasetVersion(FEED, FEED, makeDataset({ title: 'Before' }), at(0));
    // Another program replaces the database under the open connection: the connection is closed for it.
    await openWithoutTable(100);
    const { version, isNew } = await recordDatasetVersion(IMPORT_SOURCE, 'october.csv', makeDataset({ title: 'After' }), at(1));
    expect(isNew).toBe(true);
    expect((await listDatasetVersions()).map((v) => v.summary.title)).toEqual(['After']);
    expect((await readDatasetVersion(version.id)).title).toBe('After');
    expect(warn).toHaveBeenCalledWith('The store of data versions was damaged and has been recreated', expect.anything());
  });

  it('is created when it is missing altogether, as on first use', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase('csc-dashboard-versions');
      request.onsuccess = () => resolve();
      request.onblocked = () => resolve();
    });
    const { isNew } = await recordDatasetVersion(FEED, FEED, makeDataset(), at(0));
    expect(isNew).toBe(true);
    expect(await listDatasetVersions(FEED)).toHaveLength(1);
  });
});

describe('fnv1a', () => {
  it('gives equal text the same fingerprint and different text another', () => {
    expect(fnv1a('{"a":1}')).toBe(fnv1a('{"a":1}'));
    expect(fnv1a('{"a":1}')).not.toBe(fnv1a('{"a":2}'));
    expect(fnv1a('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
