import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { IMPORT_STATE_KEY } from '../load/dataset-query';
import { subscribeToDataChanges, type DataChangeEvent } from './data-change-channel';
import { describeDataChange, describeHeldChange } from './describe-data-change';
import { IMPORT_SOURCE } from './dataset-versions-db';

/**
 * Changes from other tabs that a presenting tab has not applied: its figures stay frozen, and the presentation says
 * that newer ones exist. UI state read by the distant presentation, so it lives in a store.
 */
type HeldChanges = { held: DataChangeEvent[]; hold: (event: DataChangeEvent) => void; clear: () => void };
const useHeldChanges = create<HeldChanges>((set) => ({
  held: [],
  hold: (event) => set((state) => ({ held: [...state.held, event] })),
  clear: () => set({ held: [] }),
}));

function applyChange(queryClient: QueryClient, event: DataChangeEvent): Promise<void> {
  // A feed's newer edition, fetched by another tab: check now rather than at the next interval.
  if (event.kind === 'recorded' && event.version.source !== IMPORT_SOURCE) return queryClient.invalidateQueries({ queryKey: ['dataset', event.version.source] });
  return queryClient.invalidateQueries({ queryKey: IMPORT_STATE_KEY });
}

/**
 * Keeps this tab in step with the others: when another tab imports, chooses, puts aside or deletes a file, or
 * fetches a newer edition of a feed, this tab re-reads what it names and shows, so the two always agree. While
 * `hold` is true (the tab is presenting) nothing is applied: the changes wait, and useNewerDataWhilePresenting()
 * says that they exist. Returns the last change worth telling the user about.
 */
export function useDataSync({ hold }: { hold: boolean }): { notice: string | null; dismiss: () => void } {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<{ text: string; fromOtherTab: boolean } | null>(null);
  const holding = useRef(hold);
  useEffect(() => {
    holding.current = hold;
    if (hold) return;
    const { held, clear } = useHeldChanges.getState();
    if (held.length === 0) return;
    clear();
    for (const event of held) void applyChange(queryClient, event);
  }, [hold, queryClient]);

  useEffect(
    () =>
      subscribeToDataChanges((event) => {
        const text = event.kind === 'recorded' && event.version.source !== IMPORT_SOURCE ? null : describeDataChange(event);
        if (text) setNotice({ text, fromOtherTab: event.fromOtherTab });
        // A choice made here replaces what another tab's choice was said to have done.
        else if (!event.fromOtherTab && event.kind === 'import-shown') setNotice((current) => (current?.fromOtherTab ? null : current));
        if (!event.fromOtherTab) return;
        if (holding.current) useHeldChanges.getState().hold(event);
        else void applyChange(queryClient, event);
      }),
    [queryClient],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice: notice?.text ?? null, dismiss };
}

export type NewerData = {
  /** What changed, in words, newest last. */
  changes: string[];
  /** Applies them now, leaving the presentation running with the newer figures; settles once they are read. */
  apply: () => Promise<void>;
};

/**
 * For the presentation: changes made in other tabs since it started, which it does not show until it ends (or the
 * presenter applies them). Null when there are none.
 */
export function useNewerDataWhilePresenting(): NewerData | null {
  const queryClient = useQueryClient();
  const held = useHeldChanges((state) => state.held);
  const apply = useCallback(() => {
    const { held: pending, clear } = useHeldChanges.getState();
    clear();
    return Promise.all(pending.map((event) => applyChange(queryClient, event))).then(() => undefined);
  }, [queryClient]);
  if (held.length === 0) return null;
  // An import in another tab is announced twice (kept, then chosen): one sentence is enough.
  const imported = new Set(held.flatMap((event) => (event.kind === 'recorded' ? [event.version.id] : [])));
  const worth = held.filter((event) => !(event.kind === 'import-shown' && event.versionId !== null && imported.has(event.versionId)));
  const changes = [...new Set(worth.map(describeHeldChange).filter((text): text is string => text !== null))];
  return { changes: changes.length > 0 ? changes : ['Newer figures are available.'], apply };
}
