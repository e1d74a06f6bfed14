import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useRef } from 'react';
import type { DashboardSearch } from './dashboard-search';

// The filters sit on the root route (router.tsx), so every screen reads them through its typed API.
const rootRoute = getRouteApi('__root__');

/** The filters in the URL, already validated by the root route. */
export function useDashboardSearch(): DashboardSearch {
  return rootRoute.useSearch();
}

export type UpdateOptions = { replace?: boolean };

/**
 * Changes filters. Each deliberate change (an area, a period, a status) adds a history entry, so Back undoes it
 * rather than leaving the dashboard; `replace` is for changes that are not a step of their own.
 */
export function useUpdateDashboardSearch(): (patch: Partial<DashboardSearch>, options?: UpdateOptions) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch: Partial<DashboardSearch>, { replace = false }: UpdateOptions = {}) => {
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...patch }), replace, resetScroll: false });
    },
    [navigate],
  );
}

/** How long typing stops before the next keystroke starts a new history entry. */
export const TYPING_PAUSE_MS = 800;

/**
 * The search box's update: the first keystroke after a pause adds one history entry and the rest of the burst
 * replaces it, so Back undoes a whole search at once instead of one letter at a time, or leaving the dashboard.
 */
export function useUpdateSearchText(): (q: string | undefined) => void {
  const update = useUpdateDashboardSearch();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(typing.current ?? undefined), []);
  return useCallback(
    (q: string | undefined) => {
      update({ q }, { replace: typing.current !== null });
      clearTimeout(typing.current ?? undefined);
      typing.current = setTimeout(() => (typing.current = null), TYPING_PAUSE_MS);
    },
    [update],
  );
}
