import { useQuery } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { datasetQueryOptions } from '../data/dataset-query';
import { useDataUrl } from '../data/use-dataset';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { ErrorBoundary } from '../components/error-boundary';
import { DatasetErrorPanel } from './dataset-error-panel';
import { AppHeader } from './app-header';

/** Loads the data once for every screen and owns the three states a user can meet: loading, failed, ready. */
export function RootLayout() {
  const dataUrl = useDataUrl();
  const query = useQuery(datasetQueryOptions(dataUrl));

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppHeader dataset={query.data} />
      <main id="main" tabIndex={-1} className="focus:outline-none">
        {query.isPending ? (
          <LoadingSkeleton label="Loading indicator data…" />
        ) : query.isError ? (
          <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <ErrorBoundary>
            <Outlet />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
