import type { DatasetVersion } from './dataset-versions-db';

/**
 * What changed in this browser's stored data, told to this tab and every other tab of the dashboard (over a
 * BroadcastChannel), so that every tab shows what its source bar names:
 * - `recorded`: a new version of a source was kept (an import, or a feed's new edition), and what the retention
 *   rule pushed out to make room;
 * - `deleted`: a version was deleted;
 * - `import-shown`: the import in use changed (`versionId` null: no import is in use).
 */
export type DataChange =
  | { kind: 'recorded'; version: DatasetVersion; evicted: DatasetVersion[] }
  | { kind: 'deleted'; version: DatasetVersion }
  | { kind: 'import-shown'; versionId: string | null; label: string | null };

export type DataChangeEvent = DataChange & { fromOtherTab: boolean };

const CHANNEL = 'csc-dashboard-data';
const listeners = new Set<(event: DataChangeEvent) => void>();
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  // Node (the CLIs, the tests) would otherwise stay running for the channel's sake.
  (channel as { unref?: () => void } | null)?.unref?.();
  channel?.addEventListener('message', (message: MessageEvent<DataChange>) => notify({ ...message.data, fromOtherTab: true }));
  return channel;
}

function notify(event: DataChangeEvent): void {
  for (const listener of listeners) listener(event);
}

/** Tells this tab's listeners, then the other tabs. */
export function announceDataChange(change: DataChange): void {
  notify({ ...change, fromOtherTab: false });
  try {
    openChannel()?.postMessage(change);
  } catch (error) {
    // A tab closing while it posts; the other tabs will catch up on their next read.
    console.warn('Other tabs could not be told about a data change', error);
  }
}

/** Listens to changes from this tab and the others; returns the way to stop. */
export function subscribeToDataChanges(listener: (event: DataChangeEvent) => void): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
