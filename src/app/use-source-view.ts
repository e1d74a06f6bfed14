import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../domain/indicators';
import type { DataSourceState } from '../data/load/use-data-source';
import { buildSourceView, type SourceView } from './build-source-view';
import { useHydrated } from '../lib/use-hydrated';
import { useNow } from './use-now';

/**
 * The source bar's and the stale banner's view of the data source and its query, kept current by the clock. The clock
 * starts once the page is live: the published HTML and its hydration carry no time of day, which would differ.
 */
export function useSourceView(state: DataSourceState, query: UseQueryResult<Dataset, Error>): SourceView {
  const clock = useNow();
  const now = useHydrated() ? clock : null;
  return buildSourceView({
    source: state.source,
    imported: state.imported,
    history: state.importHistory,
    rejected: state.rejected,
    dataUpdatedAt: query.dataUpdatedAt,
    errorUpdatedAt: query.errorUpdatedAt,
    hasData: query.data !== undefined,
    error: query.error,
    now,
  });
}
