import { Link } from '@tanstack/react-router';
import { StatusBadge } from '../../components/status-badge';
import { STATUS_VARIANTS } from '../../components/status-variants';
import type { KpiTileView } from '../../domain/build-tile-view';
import { cx } from '../../lib/cx';

export type RelatedMeasuresProps = { sectionTitle: string; tiles: KpiTileView[] };

/** The section's other measures as small tiles (CSC 026 beside CSC 022), read together in the report. */
export function RelatedMeasures({ sectionTitle, tiles }: RelatedMeasuresProps) {
  if (tiles.length === 0) return null;
  return (
    <section aria-labelledby="related-measures" className="flex flex-col gap-3">
      <h2 id="related-measures" className="text-xl font-semibold">
        Other measures in {sectionTitle}
      </h2>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-3">
        {tiles.map((tile) => (
          <li
            key={tile.id}
            className={cx(
              'relative flex flex-col gap-1 rounded-lg border border-l-8 border-slate-300 bg-white p-3 focus-within:ring-2 focus-within:ring-blue-700 hover:shadow-md',
              STATUS_VARIANTS[tile.status].accent,
            )}
          >
            <div className="flex items-start justify-between gap-2">
              <span className="text-sm font-semibold text-slate-700">{tile.code ?? 'No code'}</span>
              <StatusBadge status={tile.status} />
            </div>
            <h3 className="text-sm leading-snug font-semibold">
              <Link
                to="/measure/$measureId"
                params={{ measureId: tile.id }}
                search={(prev) => prev}
                className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:underline focus:outline-none"
              >
                {tile.title}
              </Link>
            </h3>
            <p className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span className="text-xl font-bold tabular-nums">{tile.valueText}</span>
              {tile.targetText && <span className="text-xs text-slate-700">{tile.targetText}</span>}
            </p>
            {tile.varianceText && <p className="text-xs text-slate-800">{tile.varianceText}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
