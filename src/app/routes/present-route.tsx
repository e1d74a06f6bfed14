import { useSearch } from '@tanstack/react-router';
import { PresentPage } from '../../features/present/present-page';

/** Loaded on demand (router.tsx): the presentation is used once a week, not on every visit. */
export function PresentRoute() {
  const { slide, by, at, pack, name, since } = useSearch({ from: '/present' });
  return <PresentPage present={{ slide, by, at, pack, name, since }} />;
}
