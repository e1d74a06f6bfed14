import { useCallback, useMemo, useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { useDatasetModel } from '../../data/load/use-dataset-model';
import { useNewerDataWhilePresenting } from '../../data/persist/use-data-sync';
import { describeDatasetChanges } from '../../presenters/describe-dataset-changes';

export type FrozenFigures = {
  /** The figures the presentation shows: those of the data when it started, until the presenter updates. */
  model: DatasetModel;
  /** What newer figures than those on the slides bring, in words; null when there are none. */
  newer: string[] | null;
  /** Shows the newest figures now: this tab's latest feed check, and what other tabs changed meanwhile. */
  update: () => void;
};

/**
 * Freezes the presentation's figures. A feed check in this tab (react-query refetches the feed every few minutes
 * and on focus) brings a new dataset object into the cache at once; other tabs' imports and feed editions are held
 * back by useDataSync. Both wait here until the presenter asks for them, so numbers never change under the
 * presenter. The frozen model is a reference to a dataset react-query loaded, not a copy: component state is the
 * right home for "what this presentation started with", which no other screen shares.
 */
export function useFrozenFigures(): FrozenFigures {
  const live = useDatasetModel();
  const held = useNewerDataWhilePresenting();
  const [frozen, setFrozen] = useState(live);
  // After applying other tabs' changes, their figures arrive a moment later: take that next dataset as well.
  const [takeNext, setTakeNext] = useState(false);
  if (takeNext && live !== frozen) {
    setFrozen(live);
    setTakeNext(false);
  }
  const changedHere = useMemo(() => (live === frozen ? [] : describeDatasetChanges(frozen.dataset, live.dataset)), [live, frozen]);
  // A check that brought the very same figures under a new object is no news: describeDatasetChanges finds none.
  if (live !== frozen && changedHere.length === 0) setFrozen(live);

  const changes = [...changedHere.map((change) => `The feed has new figures: ${change}.`), ...(held?.changes ?? [])];
  const applyHeld = held?.apply;
  const update = useCallback(() => {
    setFrozen(live);
    if (!applyHeld) return;
    setTakeNext(true);
    // Until they are read: a change that brings nothing new must not leave the next real one to be taken unasked.
    // After a task, since react-query tells its screens a moment after its own promise settles.
    void applyHeld().finally(() => setTimeout(() => setTakeNext(false), 0));
  }, [live, applyHeld]);
  return { model: frozen, newer: live !== frozen || held ? (changes.length > 0 ? changes : ['Newer figures are available.']) : null, update };
}
