import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { DashboardSearch } from './dashboard-search';

// The filters sit on the root route (router.tsx), so every screen reads them through its typed API.
const rootRoute = getRouteApi('__root__');

/** The filters in the URL, already validated by the root route. */
export function useDashboardSearch(): DashboardSearch {
  return rootRoute.useSearch();
}

/**
 * Changes filters in place. Written with `replace` so that Back leaves the screen rather than undoing each
 * keystroke in the search box.
 */
export function useUpdateDashboardSearch(): (patch: Partial<DashboardSearch>) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch: Partial<DashboardSearch>) => {
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }), replace: true });
    },
    [navigate],
  );
}
