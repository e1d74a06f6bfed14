import { useDeferredValue } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { datasetQueryOptions, sourcePendingQueryOptions } from '../data/load/dataset-query';
import { useDataSource } from '../data/load/use-data-source';
import { useRecordFeedVersions } from '../data/persist/use-record-feed-versions';
import { useDataSync } from '../data/persist/use-data-sync';
import { config } from '../lib/config';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { ForeignFiguresBanner } from '../components/foreign-figures-banner';
import { ErrorBoundary } from '../components/error-boundary';
import { ImportEntry } from '../features/import/import-entry';
import { DatasetErrorPanel } from './dataset-error-panel';
import { AppHeader } from './app-header';
import { DataSourcePanel } from './data-source-panel';
import { DataStatus } from './data-status';
import { useChangeNotice } from './use-change-notice';
import { useSlowFetch } from './use-slow-fetch';
import { describeSlowFeed } from './build-source-view';
import { slowFeedAfterMs } from '../data/load/refresh-policy';

/**
 * Loads the data for every screen and owns the states a user can meet: loading, failed first load, ready,
 * and stale (a later check failed: the last good figures stay, with a banner). Figures are shown whenever
 * the query has data, so a failing feed never blanks the page.
 */
export function RootLayout() {
  const sourceState = useDataSource();
  const { source, ready } = sourceState;
  const query = useQuery(ready ? datasetQueryOptions(source, config) : sourcePendingQueryOptions());
  const notice = useChangeNotice(source.kind === 'imported' ? `imported:${source.versionId}` : source.url, query.data);
  useRecordFeedVersions(source, ready ? query.data : undefined);
  const feedUrl = source.kind === 'imported' ? null : source.url;
  const slow = useSlowFetch(ready && feedUrl !== null && query.isFetching, slowFeedAfterMs(config.fetchTimeoutMs));
  const slowNote = slow && feedUrl !== null ? describeSlowFeed(feedUrl, config.fetchTimeoutMs, query.data !== undefined) : null;
  // The presentation (and its presenter view) covers the whole screen; the header and source bar would only be
  // invisible tab stops under it. The pack builder is an ordinary page, with the header and the figures' source.
  const presenting = useRouterState({ select: (state) => /^\/present(\/presenter)?\/?$/.test(state.location.pathname) });
  // Other tabs' imports and choices are followed here at once, except while presenting (figures stay frozen).
  const sync = useDataSync({ hold: presenting });
  // The first screen with figures is the heaviest render there is (every tile, its summary and icons). Deferred, it
  // is rendered as a transition that React splits into short tasks, so a slow phone stays responsive meanwhile.
  const showFigures = useDeferredValue(query.data !== undefined);

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      {!presenting && <AppHeader dataset={query.data} loading={!query.isError} />}
      {/* Drawn before the stored import is read too, so the page below does not jump down when it appears. */}
      {!presenting && <DataSourcePanel state={sourceState} query={query} slowNote={slowNote} importEntry={<ImportEntry currentDataset={query.data} />} />}
      <main id="main" tabIndex={-1} className="focus:outline-none">
        {/* The presentation shows its own, on every slide. */}
        {sourceState.foreignOrigin && query.data !== undefined && !presenting && <ForeignFiguresBanner origin={sourceState.foreignOrigin} />}
        {query.data !== undefined && showFigures ? (
          <>
            <DataStatus
              state={sourceState}
              query={query}
              changes={notice.changes}
              onDismissChanges={notice.dismiss}
              syncNotice={sync.notice}
              onDismissSync={sync.dismiss}
            />
            <ErrorBoundary>
              <Outlet />
            </ErrorBoundary>
          </>
        ) : query.isError ? (
          <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingSkeleton label="Loading indicator data…" note={slowNote} />
        )}
      </main>
    </div>
  );
}
