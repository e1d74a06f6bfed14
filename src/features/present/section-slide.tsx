import { DirectionIndicator } from '../../components/direction-indicator';
import { StatusBadge } from '../../components/status-badge';
import { LazySparkline } from '../../components/lazy-sparkline';
import { cx } from '../../lib/cx';
import type { SectionSlide as SectionSlideView } from './build-slides';
import { SlidePoints } from './slide-points';
import { useSlideScale } from './use-slide-scale';

export type SectionSlideProps = { slide: SectionSlideView; periodLabel: string };

/** The small chart's height on a 1920x1080 screen. */
const SPARKLINE_HEIGHT = 96;

/**
 * A report section: each of its measures as a card with its headline figure, status in words and icon, and a
 * small chart of its months, then the first points of the analysis. Laid out for 1920x1080 and scaled (slide-room).
 */
export function SectionSlide({ slide, periodLabel }: SectionSlideProps) {
  const scale = useSlideScale();
  const many = slide.tiles.length > 4;
  return (
    <div className="flex h-full flex-col slide-gap-24">
      <header>
        <p className="slide-text-28 text-slate-700">
          {slide.context} · {periodLabel}
        </p>
        <h1 className="slide-text-48 leading-tight font-bold">{slide.heading}</h1>
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,2fr)_minmax(0,1fr)] slide-gap-48">
        <ul aria-label="Measures" className={cx('grid content-start slide-gap-24', many ? 'grid-cols-3' : 'grid-cols-2')}>
          {slide.tiles.map((tile) => (
            <li key={tile.id} className="flex min-w-0 flex-col rounded-lg border-2 border-slate-300 slide-gap-8 slide-p-16">
              <p className="slide-text-28 leading-snug font-semibold">{tile.heading}</p>
              <div className="flex flex-wrap items-center slide-gap-16">
                <span className="slide-text-64 leading-none font-bold tabular-nums">{tile.valueText}</span>
                <StatusBadge status={tile.status} size="room" label={tile.statusLabel} />
              </div>
              <LazySparkline data={tile.sparkline} target={tile.target} label={tile.sparklineLabel} height={Math.round(SPARKLINE_HEIGHT * scale)} />
              <DirectionIndicator direction={tile.direction} size="room" className="slide-text-28" />
            </li>
          ))}
        </ul>
        <SlidePoints points={slide.points} more={slide.more} />
      </div>
    </div>
  );
}
