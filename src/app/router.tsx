import { createRootRoute, createRoute, createRouter, type RouterHistory } from '@tanstack/react-router';
import { parseSearchString, stringifySearchObject, validateDashboardSearch } from '../lib/dashboard-search';
import { RootLayout } from './root-layout';
import { NotFoundPage } from './not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { MeasurePage } from '../features/measure/measure-page';
import { PresentPage } from '../features/present/present-page';
import { validatePresentSearch } from '../features/present/present-search';
import { DataChecksPage } from '../features/data-checks/data-checks-page';
import { validateDataChecksSearch } from '../features/data-checks/data-checks-search';

// Filters sit on the root route so that every screen (overview, measure, present) shares them.
const rootRoute = createRootRoute({
  validateSearch: validateDashboardSearch,
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage });

const measureRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/measure/$measureId',
  component: function MeasureRoute() {
    const { measureId } = measureRoute.useParams();
    return <MeasurePage measureId={measureId} />;
  },
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  validateSearch: validatePresentSearch,
  component: function PresentRoute() {
    const { slide, by, at } = presentRoute.useSearch();
    return <PresentPage present={{ slide, by, at }} />;
  },
});

const dataChecksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/data-checks',
  validateSearch: validateDataChecksSearch,
  component: function DataChecksRoute() {
    const { kind } = dataChecksRoute.useSearch();
    const navigate = dataChecksRoute.useNavigate();
    return (
      <DataChecksPage
        kind={kind ?? 'all'}
        onKindChange={(next) => void navigate({ search: (prev) => ({ ...prev, kind: next === 'all' ? undefined : next }), replace: true })}
      />
    );
  },
});

const routeTree = rootRoute.addChildren([overviewRoute, measureRoute, presentRoute, dataChecksRoute]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    parseSearch: parseSearchString,
    stringifySearch: stringifySearchObject,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
