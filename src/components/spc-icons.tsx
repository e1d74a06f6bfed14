import type { SpcIconsView, SpcView } from '../presenters/spc-view';
import { cx } from '../lib/cx';

/**
 * The "Making Data Count" variation and assurance icons, small enough for a tile. Never colour alone: each kind has
 * its own shape (circle, triangle, square, dashed circle), a letter (H / L for the side, P / F / ? for assurance),
 * an arrow for the direction, and its words as the accessible name and tooltip.
 */

type Variation = SpcIconsView['variation'];
type Assurance = NonNullable<SpcIconsView['assurance']>;

const VARIATION_COLOURS: Record<Variation['kind'], string> = {
  'common-cause': 'text-slate-600',
  improvement: 'text-sky-700',
  concern: 'text-orange-700',
  neither: 'text-violet-700',
};

const ASSURANCE: Record<Assurance['kind'], { colour: string; letter: string }> = {
  pass: { colour: 'text-sky-700', letter: 'P' },
  fail: { colour: 'text-orange-700', letter: 'F' },
  'hit-and-miss': { colour: 'text-slate-600', letter: '?' },
};

export type VariationIconProps = { variation: Variation; className?: string };

export function VariationIcon({ variation, className = 'size-7' }: VariationIconProps) {
  const letter = variation.side === 'high' ? 'H' : variation.side === 'low' ? 'L' : null;
  return (
    <svg
      viewBox="0 0 32 32"
      role="img"
      aria-label={variation.label}
      data-shape={shapeOf(variation.kind)}
      className={cx(className, VARIATION_COLOURS[variation.kind])}
    >
      <title>{variation.label}</title>
      <Outline shape={shapeOf(variation.kind)} />
      {letter === null ? (
        <path d="M8 17c2.5-5 5-5 8 0s5.5 5 8 0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
      ) : (
        <>
          <text x="13" y="21" textAnchor="middle" fontSize="12" fontWeight="700" fill="currentColor">
            {letter}
          </text>
          <path
            d={letter === 'H' ? 'M22 20v-9m-3 3l3-3 3 3' : 'M22 11v9m-3-3l3 3 3-3'}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.8}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  );
}

export type AssuranceIconProps = { assurance: Assurance; className?: string };

export function AssuranceIcon({ assurance, className = 'size-7' }: AssuranceIconProps) {
  const { colour, letter } = ASSURANCE[assurance.kind];
  const shape = assurance.kind === 'fail' ? 'triangle' : assurance.kind === 'pass' ? 'circle' : 'dashed-circle';
  return (
    <svg viewBox="0 0 32 32" role="img" aria-label={assurance.label} data-shape={shape} className={cx(className, colour)}>
      <title>{assurance.label}</title>
      <Outline shape={shape} />
      <text x="16" y={assurance.kind === 'fail' ? 23 : 21} textAnchor="middle" fontSize="12" fontWeight="700" fill="currentColor">
        {letter}
      </text>
    </svg>
  );
}

export type SpcIconsProps = { view: SpcView; className?: string };

/** Both icons for a tile, or the reason there are none ("Not enough data for SPC (6 of 15 months)"). */
export function SpcIcons({ view, className }: SpcIconsProps) {
  if (view.status !== 'ok') return <p className={cx('text-xs text-slate-700', className)}>{view.message}</p>;
  if (view.icons === null) return <p className={cx('text-xs text-slate-700', className)}>{view.chart.segmentNote}</p>;
  return (
    <span className={cx('inline-flex items-center gap-1', className)}>
      <VariationIcon variation={view.icons.variation} />
      {view.icons.assurance && <AssuranceIcon assurance={view.icons.assurance} />}
    </span>
  );
}

type Shape = 'circle' | 'triangle' | 'square' | 'dashed-circle';

function shapeOf(kind: Variation['kind']): Shape {
  return kind === 'concern' ? 'triangle' : kind === 'neither' ? 'square' : 'circle';
}

function Outline({ shape }: { shape: Shape }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 2 };
  if (shape === 'triangle') return <path d="M16 2.5l13.5 26h-27z" strokeLinejoin="round" {...common} />;
  if (shape === 'square') return <rect x="3" y="3" width="26" height="26" rx="3" {...common} />;
  return <circle cx="16" cy="16" r="13" strokeDasharray={shape === 'dashed-circle' ? '4 3' : undefined} {...common} />;
}
