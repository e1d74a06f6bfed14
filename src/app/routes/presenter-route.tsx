import { useSearch } from '@tanstack/react-router';
import { PresenterPage } from '../../features/present/presenter-page';

/** The presenter view, opened from the slides in a window of its own (router.tsx loads it on demand). */
export function PresenterRoute() {
  const { session, ...pack } = useSearch({ from: '/present/presenter' });
  return <PresenterPage session={session ?? null} pack={pack} />;
}
