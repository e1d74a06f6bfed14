import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React renders a page to HTML (the prerender) and while the browser hydrates that HTML; true from the
 * render after, and at once in a page React draws itself. What must differ between the published HTML and the live
 * page (charts drawn in the browser, the clock) waits for it, so hydration finds exactly the markup it renders.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, isBrowser, isPrerender);
}

function isBrowser(): boolean {
  return true;
}

function isPrerender(): boolean {
  return false;
}
