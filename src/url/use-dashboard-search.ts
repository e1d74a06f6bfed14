import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { DashboardSearch } from './dashboard-search';

/** The filters in the URL, already validated by the root route. */
export function useDashboardSearch(): DashboardSearch {
  return useSearch({ strict: false }) as DashboardSearch;
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
