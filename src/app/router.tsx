import { createRootRoute, createRoute, createRouter, lazyRouteComponent, type ParsedLocation, type RouterHistory } from '@tanstack/react-router';
import { parseSearchString, stringifySearchObject, validateDashboardSearch } from '../url/dashboard-search';
import { RootLayout } from './root-layout';
import { NotFoundPage } from './not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { validatePresentSearch, validatePresenterSearch } from '../features/present/present-search';
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

// Beside the slides rather than under them: the presenter view is a window of its own, not part of the slides' page.
const presenterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present/presenter',
  validateSearch: validatePresenterSearch,
  component: lazyRouteComponent(() => import('./routes/presenter-route'), 'PresenterRoute'),
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

const routeTree = rootRoute.addChildren([overviewRoute, measureRoute, presentRoute, presenterRoute, packRoute, dataChecksRoute]);

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
    getScrollRestorationKey: scrollKeyOf,
    ...(prerender ? { isServer: true } : {}),
  });
}

/**
 * The overview's scroll position is kept per address, not per history entry, so the in-app "Back to the overview"
 * link (a new entry with the same filters) returns to where the user left, as the browser's Back does. Other
 * screens keep the router's default: one position per history entry.
 */
function scrollKeyOf(location: ParsedLocation): string {
  if (location.pathname === '/') return `overview${location.searchStr}`;
  return (location.state as { __TSR_key?: string }).__TSR_key ?? location.href;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
