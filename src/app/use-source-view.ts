import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../domain/indicators';
import type { DataSourceState } from '../data/load/use-data-source';
import { buildSourceView, type SourceView } from './build-source-view';
import { useNow } from './use-now';

/** The source bar's and the stale banner's view of the data source and its query, kept current by the clock. */
export function useSourceView(state: DataSourceState, query: UseQueryResult<Dataset, Error>): SourceView {
  const now = useNow();
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
