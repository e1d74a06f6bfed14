import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../data/indicator-schema';
import type { DataSourceState } from '../data/use-data-source';
import { buildSourceView } from './build-source-view';
import { StaleBanner } from './stale-banner';
import { ChangeNotice } from './change-notice';
import { useNow } from './use-now';

export type DataStatusProps = {
  state: DataSourceState;
  query: UseQueryResult<Dataset, Error>;
  changes: string[];
  onDismissChanges: () => void;
};

/** Above the figures: the stale warning while the feed is failing, and what the latest update changed. */
export function DataStatus({ state, query, changes, onDismissChanges }: DataStatusProps) {
  const now = useNow();
  const { stale } = buildSourceView({
    source: state.source,
    imported: state.imported,
    rejected: state.rejected,
    dataUpdatedAt: query.dataUpdatedAt,
    errorUpdatedAt: query.errorUpdatedAt,
    hasData: query.data !== undefined,
    error: query.error,
    now,
  });
  return (
    <>
      {stale && <StaleBanner stale={stale} checking={query.isFetching} onRetry={() => void query.refetch()} />}
      {changes.length > 0 && <ChangeNotice changes={changes} onDismiss={onDismissChanges} />}
    </>
  );
}
