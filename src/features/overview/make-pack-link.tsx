import { Link } from '@tanstack/react-router';

export type MakePackLinkProps = { measureIds: string[] };

/** Starts a meeting pack with the measures the filters show, in the overview's order; the builder takes it from there. */
export function MakePackLink({ measureIds }: MakePackLinkProps) {
  if (measureIds.length === 0) return null;
  return (
    <Link to="/present/pack" search={(prev) => ({ period: prev.period, data: prev.data, pack: measureIds })} className="btn no-underline">
      {measureIds.length === 1 ? 'Make a pack from this measure' : `Make a pack from these ${measureIds.length} measures`}
    </Link>
  );
}
