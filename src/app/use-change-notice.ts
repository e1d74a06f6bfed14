import { useCallback, useState } from 'react';
import type { Dataset } from '../domain/indicators';
import { describeDatasetChanges } from '../presenters/describe-dataset-changes';

type Tracked = { sourceKey: string; data: Dataset | undefined; changes: string[] };

/**
 * What changed the last time the feed brought new data, until dismissed. react-query shares structure, so
 * a check that finds the same file keeps the same object and says nothing; a new source starts afresh.
 * Compared during render (React's "storing information from previous renders"), not in an effect.
 */
export function useChangeNotice(sourceKey: string, data: Dataset | undefined): { changes: string[]; dismiss: () => void } {
  const [tracked, setTracked] = useState<Tracked>({ sourceKey, data, changes: [] });
  if (tracked.sourceKey !== sourceKey || tracked.data !== data) {
    const sameSource = tracked.sourceKey === sourceKey;
    const changes = sameSource && tracked.data && data ? describeDatasetChanges(tracked.data, data) : [];
    setTracked({ sourceKey, data, changes: changes.length > 0 ? changes : sameSource ? tracked.changes : [] });
  }
  const dismiss = useCallback(() => setTracked((current) => ({ ...current, changes: [] })), []);
  return { changes: tracked.changes, dismiss };
}
