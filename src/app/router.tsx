import { createRootRoute, createRoute, createRouter, lazyRouteComponent, type RouterHistory } from '@tanstack/react-router';
import { parseSearchString, stringifySearchObject, validateDashboardSearch } from '../url/dashboard-search';
import { RootLayout } from './root-layout';
import { NotFoundPage } from './not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { validatePresentSearch } from '../features/present/present-search';
import { validatePackSearch } from '../url/pack-search';
import { validateDataChecksSearch } from '../features/data-checks/data-checks-search';

// Filters sit on the root route so that every screen (overview, measure, present) shares them.
const rootRoute = createRootRoute({
  validateSearch: validateDashboardSearch,
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage });

// Screens other than the overview load on demand (and on hover or focus of a link to them, with preload
// 'intent'), which keeps the first screen's JavaScript within budget (bench/size.ts).
const measureRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/measure/$measureId',
  component: lazyRouteComponent(() => import('./routes/measure-route'), 'MeasureRoute'),
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  validateSearch: validatePresentSearch,
  component: lazyRouteComponent(() => import('./routes/present-route'), 'PresentRoute'),
});

// The pack builder prepares a presentation; the pack is in its address (url/pack-search.ts).
const packRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present/pack',
  validateSearch: validatePackSearch,
  component: lazyRouteComponent(() => import('./routes/pack-route'), 'PackRoute'),
});

const dataChecksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/data-checks',
  validateSearch: validateDataChecksSearch,
  component: lazyRouteComponent(() => import('./routes/data-checks-route'), 'DataChecksRoute'),
});

const routeTree = rootRoute.addChildren([overviewRoute, measureRoute, presentRoute, packRoute, dataChecksRoute]);

export type AppRouterOptions = {
  /**
   * Rendering a page to HTML at publication (src/entry-server.tsx). Scroll restoration is left out there: on the
   * server it adds an inline script, which the Content-Security-Policy blocks and hydration would not find.
   */
  prerender?: boolean;
};

export function createAppRouter(history?: RouterHistory, { prerender = false }: AppRouterOptions = {}) {
  return createRouter({
    routeTree,
    history,
    parseSearch: parseSearchString,
    stringifySearch: stringifySearchObject,
    defaultPreload: 'intent',
    scrollRestoration: !prerender,
    ...(prerender ? { isServer: true } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
