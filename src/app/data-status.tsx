import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../domain/indicators';
import type { DataSourceState } from '../data/load/use-data-source';
import { useSourceView } from './use-source-view';
import { StaleBanner } from './stale-banner';
import { ChangeNotice } from './change-notice';

export type DataStatusProps = {
  state: DataSourceState;
  query: UseQueryResult<Dataset, Error>;
  changes: string[];
  onDismissChanges: () => void;
  /** A change to the stored data made in another tab, or an import pushed out of the history here. */
  syncNotice: string | null;
  onDismissSync: () => void;
};

/** Above the figures: the stale warning while the feed is failing, and what the latest update changed. */
export function DataStatus({ state, query, changes, onDismissChanges, syncNotice, onDismissSync }: DataStatusProps) {
  const { stale } = useSourceView(state, query);
  return (
    <>
      {stale && <StaleBanner stale={stale} checking={query.isFetching} onRetry={() => void query.refetch()} />}
      {syncNotice && <ChangeNotice title="Imported files" changes={[syncNotice]} onDismiss={onDismissSync} />}
      {changes.length > 0 && <ChangeNotice changes={changes} onDismiss={onDismissChanges} />}
    </>
  );
}
