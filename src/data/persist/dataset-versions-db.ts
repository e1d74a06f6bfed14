import { del, get, set, update } from 'idb-keyval';
import type { Dataset } from '../../domain/indicators';
import { reportedMonths } from '../../domain/reported-months';
import { parseDataset } from '../contract/parse-dataset';
import { DatasetLoadError } from '../load/dataset-load-error';
import { fingerprintDataset } from './fingerprint-dataset';
import { recoverableStore } from './recoverable-store';
import { announceDataChange } from './data-change-channel';

/**
 * Every distinct version of every source this browser has shown: each imported file, and each new edition of a
 * feed (the bundled report's address included). The import history and "since last meeting" read this one store.
 * A refresh that brings the same figures is not a new version: it only moves `lastSeen` on.
 *
 * One retention rule for all of it: the newest MAX_VERSIONS_PER_SOURCE versions of each source are kept, by when
 * they were last seen; recording one more returns the ones it pushed out, so the screen can say so.
 *
 * Every new version and every deletion is announced to this tab and the others (data-change-channel.ts), so that
 * all of them keep in step with the store.
 */

export const MAX_VERSIONS_PER_SOURCE = 10;

/** The source of imported files; feeds are keyed by their address. */
export const IMPORT_SOURCE = 'import';

export type VersionSummary = { authority: string; title: string; asAt: string; measureCount: number; latestMonth: string | null };

export type DatasetVersion = {
  id: string;
  /** IMPORT_SOURCE, or the feed's address. */
  source: string;
  /** The file name of an import, the address of a feed. */
  label: string;
  /** ISO timestamps: when these figures were first and last seen. */
  firstSeen: string;
  lastSeen: string;
  fingerprint: string;
  summary: VersionSummary;
};

export type RecordedVersion = { version: DatasetVersion; isNew: boolean; evicted: DatasetVersion[] };

const DATABASE = 'csc-dashboard-versions';
const TABLE = 'versions';
const INDEX_KEY = 'index';
const dataKey = (id: string) => `data:${id}`;

const versions = recoverableStore(DATABASE, TABLE, 'The store of data versions');
const withStore = versions.run;

export function isVersionStorageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** Records a dataset as a version of its source, unless the source already has these very figures. */
export async function recordDatasetVersion(source: string, label: string, dataset: Dataset, now = new Date()): Promise<RecordedVersion> {
  const fingerprint = await fingerprintDataset(dataset);
  const seen = now.toISOString();
  const id = `${source === IMPORT_SOURCE ? 'import' : 'feed'}-${seen}-${fingerprint.slice(0, 8)}`;
  let result: RecordedVersion | null = null;
  let storeData = false;
  await withStore((db) =>
    update<DatasetVersion[]>(
      INDEX_KEY,
      (index = []) => {
        const existing = index.find((v) => v.source === source && v.fingerprint === fingerprint);
        if (existing) {
          const version = { ...existing, lastSeen: seen, label };
          result = { version, isNew: false, evicted: [] };
          return index.map((v) => (v === existing ? version : v));
        }
        const version: DatasetVersion = { id, source, label, firstSeen: seen, lastSeen: seen, fingerprint, summary: summarise(dataset) };
        const { kept, evicted } = applyRetention([version, ...index], source);
        storeData = true;
        result = { version, isNew: true, evicted };
        return kept;
      },
      db,
    ),
  );
  const recorded = result as RecordedVersion | null;
  if (!recorded) throw new Error('the version could not be recorded');
  if (storeData) {
    await withStore((db) => set(dataKey(recorded.version.id), dataset, db));
    await Promise.all(recorded.evicted.map((v) => withStore((db) => del(dataKey(v.id), db))));
    announceDataChange({ kind: 'recorded', version: recorded.version, evicted: recorded.evicted });
  }
  return recorded;
}

/**
 * What recording this dataset would do, without doing it: the version it would join (same figures already kept),
 * or the versions the retention rule would push out. For asking before an import replaces anything.
 */
export async function previewDatasetVersion(source: string, dataset: Dataset): Promise<{ existing: DatasetVersion | null; wouldEvict: DatasetVersion[] }> {
  const fingerprint = await fingerprintDataset(dataset);
  const ofSource = await listDatasetVersions(source);
  const existing = ofSource.find((v) => v.fingerprint === fingerprint) ?? null;
  return { existing, wouldEvict: existing ? [] : ofSource.slice(MAX_VERSIONS_PER_SOURCE - 1) };
}

/** Versions newest first (by when last seen), of one source or of all. */
export async function listDatasetVersions(source?: string): Promise<DatasetVersion[]> {
  if (!isVersionStorageAvailable()) return [];
  const index = (await withStore((db) => get<DatasetVersion[]>(INDEX_KEY, db))) ?? [];
  return index.filter((v) => source === undefined || v.source === source).sort(newestFirst);
}

/** A stored version's figures, checked again against the contract: a newer dashboard may refuse an older file. */
export async function readDatasetVersion(id: string): Promise<Dataset> {
  const stored: unknown = isVersionStorageAvailable() ? await withStore((db) => get(dataKey(id), db)) : undefined;
  if (stored === undefined) throw new DatasetLoadError('not-found', 'a stored version', 'That version is no longer stored in this browser.');
  const parsed = parseDataset(stored);
  if (!parsed.ok) throw new DatasetLoadError('invalid', 'a stored version', 'That stored version no longer matches data contract v1.', parsed.issues);
  return parsed.dataset;
}

export async function deleteDatasetVersion(id: string): Promise<void> {
  if (!isVersionStorageAvailable()) return;
  let deleted: DatasetVersion | undefined;
  await withStore((db) =>
    update<DatasetVersion[]>(
      INDEX_KEY,
      (index = []) => {
        deleted = index.find((v) => v.id === id);
        return index.filter((v) => v.id !== id);
      },
      db,
    ),
  );
  await withStore((db) => del(dataKey(id), db));
  if (deleted) announceDataChange({ kind: 'deleted', version: deleted });
}

function applyRetention(index: DatasetVersion[], source: string): { kept: DatasetVersion[]; evicted: DatasetVersion[] } {
  const ofSource = index.filter((v) => v.source === source).sort(newestFirst);
  const evicted = ofSource.slice(MAX_VERSIONS_PER_SOURCE);
  return { kept: index.filter((v) => !evicted.includes(v)), evicted };
}

function newestFirst(a: DatasetVersion, b: DatasetVersion): number {
  return b.lastSeen.localeCompare(a.lastSeen) || b.firstSeen.localeCompare(a.firstSeen);
}

function summarise(dataset: Dataset): VersionSummary {
  const months = reportedMonths(dataset);
  return {
    authority: dataset.authority.name,
    title: dataset.title,
    asAt: dataset.reportingPeriod.asAt,
    measureCount: dataset.measures.length,
    latestMonth: months.at(-1) ?? null,
  };
}
