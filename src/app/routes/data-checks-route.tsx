import { useNavigate, useSearch } from '@tanstack/react-router';
import { DataChecksPage } from '../../features/data-checks/data-checks-page';

/** Loaded on demand (router.tsx): data checks are an analyst's screen, rarely the first one opened. */
export function DataChecksRoute() {
  const { kind } = useSearch({ from: '/data-checks' });
  const navigate = useNavigate({ from: '/data-checks' });
  return (
    <DataChecksPage
      kind={kind ?? 'all'}
      onKindChange={(next) => void navigate({ search: (prev) => ({ ...prev, kind: next === 'all' ? undefined : next }), replace: true })}
    />
  );
}
