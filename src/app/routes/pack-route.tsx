import { useSearch } from '@tanstack/react-router';
import { PackPage } from '../../features/present/pack-page';

/** Loaded on demand (router.tsx), like the presentation it prepares. */
export function PackRoute() {
  const { pack, name, since } = useSearch({ from: '/present/pack' });
  return <PackPage search={{ pack, name, since }} />;
}
