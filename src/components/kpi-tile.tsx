import { memo } from 'react';
import { Link } from '@tanstack/react-router';
import type { KpiTileView } from '../presenters/build-tile-view';
import { cx } from '../lib/cx';
import { StatusBadge } from './status-badge';
import { STATUS_VARIANTS } from '../presenters/variants';
import { DirectionIndicator } from './direction-indicator';
import { LazySparkline } from './lazy-sparkline';
import { AssuranceIcon, VariationIcon } from './spc-icons';
import { BenchmarkLine } from './benchmark-line';
import { VarianceText } from './variance-text';

export type KpiTileProps = {
  tile: KpiTileView;
  headingLevel?: 3 | 4;
  /** "compact": value, target, status and variance only, for the measure page's list of the section's other measures. */
  variant?: 'full' | 'compact';
  /** Why the tile is in a search's results ("Matched in definition: stable"); only while searching. */
  matchText?: string | null;
};

/**
 * One measure at a glance. The title is the link; a stretched overlay makes the whole tile clickable while the
 * link's accessible name stays the measure's title. Memoised: the overview hands an unchanged tile the same view
 * object, so a keystroke in the search box redraws only the tiles that come and go. A tile is always as tall as
 * what it holds: sized by a placeholder height until scrolled near (content-visibility), a tile with a long family
 * list spilled over the tile below and its links lay over that tile's title link. The overview skips the layout of
 * areas off screen instead, each laid out whole.
 */
export const KpiTile = memo(function KpiTile({ tile, headingLevel = 3, variant = 'full', matchText = null }: KpiTileProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const full = variant === 'full';
  return (
    <article
      className={cx(
        'relative flex h-full flex-col rounded-lg border border-l-8 border-slate-300 bg-white shadow-sm transition hover:shadow-md focus-within:ring-2 focus-within:ring-blue-700',
        full ? 'gap-2 p-4' : 'gap-1 p-3',
        STATUS_VARIANTS[tile.status].accent,
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <span className="text-sm font-semibold whitespace-nowrap text-slate-700">{tile.code}</span>
        <span className="flex items-center gap-1">
          {full && tile.spc && (
            <>
              <VariationIcon variation={tile.spc.variation} className="size-6" />
              {tile.spc.assurance && <AssuranceIcon assurance={tile.spc.assurance} className="size-6" />}
            </>
          )}
          <StatusBadge status={tile.status} label={tile.statusLabel} />
        </span>
      </div>
      <Heading className={cx('leading-snug font-semibold', full ? 'text-base' : 'text-sm')}>
        <Link
          to="/measure/$measureId"
          params={{ measureId: tile.id }}
          search={(prev) => prev}
          className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:underline focus:outline-none"
        >
          {tile.title}
        </Link>
      </Heading>
      {tile.family && <p className="text-xs font-semibold text-slate-700">{tile.family.whichFigure}</p>}
      {matchText && <p className="rounded bg-amber-50 px-2 py-1 text-xs text-slate-800">{matchText}</p>}
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className={cx('font-bold tabular-nums', full ? 'text-3xl' : 'text-xl')}>{tile.valueText}</span>
        {tile.targetText && <span className={cx('text-slate-700', full ? 'text-sm' : 'text-xs')}>{tile.targetText}</span>}
      </div>
      {full && tile.valueNote && <p className="text-xs text-slate-700">{tile.valueNote}</p>}
      {tile.family?.beside && <p className={cx('text-slate-800', full ? 'text-sm' : 'text-xs')}>{tile.family.beside}</p>}
      {tile.variance && <VarianceText variance={tile.variance} className={cx('font-medium', full ? 'text-sm' : 'text-xs')} />}
      {full && (
        <>
          <DirectionIndicator direction={tile.direction} className="text-sm" />
          {tile.lastYear.kind !== 'unknown' && <DirectionIndicator direction={tile.lastYear} className="text-sm" />}
          {tile.benchmark && <BenchmarkLine benchmark={tile.benchmark} className="border-t border-slate-200 pt-2" />}
          <div className="mt-auto">
            <LazySparkline data={tile.sparkline} target={tile.target} label={tile.sparklineLabel} events={tile.sparklineEvents} />
          </div>
          {tile.family && tile.family.others.length > 0 && <FamilyLinks others={tile.family.others} />}
        </>
      )}
    </article>
  );
});

/** The family's other members, as links above the tile's stretched link so each can be opened on its own. */
function FamilyLinks({ others }: { others: { id: string; label: string }[] }) {
  return (
    <p className="relative z-10 text-xs text-slate-700">
      Also in this family:{' '}
      {others.map((other, i) => (
        <span key={other.id}>
          {i > 0 && ', '}
          <Link to="/measure/$measureId" params={{ measureId: other.id }} search={(prev) => prev} className="link">
            {other.label}
          </Link>
        </span>
      ))}
    </p>
  );
}
