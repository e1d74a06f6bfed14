import { DirectionIndicator } from '../../components/direction-indicator';
import { VarianceText } from '../../components/variance-text';
import { StatusBadge } from '../../components/status-badge';
import type { SectionSlide as SectionSlideView } from './build-slides';
import { SlidePoints } from './slide-points';
import { BenchmarkLine } from '../../components/benchmark-line';

export type SectionSlideProps = { slide: SectionSlideView; periodLabel: string };

/** A report section: each of its measures as a large row, then the first points of the analysis. */
export function SectionSlide({ slide, periodLabel }: SectionSlideProps) {
  return (
    <div className="flex h-full flex-col gap-6">
      <header>
        <p className="text-xl text-slate-700">
          {slide.context} · {periodLabel}
        </p>
        <h1 className="text-4xl font-bold">{slide.heading}</h1>
      </header>
      <div className="grid min-h-0 flex-1 gap-8 xl:grid-cols-[3fr_2fr]">
        <ul className="flex flex-col gap-4">
          {slide.tiles.map((tile) => (
            <li key={tile.id} className="rounded-lg border border-slate-300 p-4">
              <p className="text-xl font-semibold">{tile.heading}</p>
              <div className="mt-2 flex flex-wrap items-center gap-x-8 gap-y-2 text-xl">
                <span className="text-4xl font-bold tabular-nums">{tile.valueText}</span>
                <StatusBadge status={tile.status} size="lg" />
                {tile.variance && <VarianceText as="span" variance={tile.variance} />}
                <DirectionIndicator direction={tile.direction} />
              </div>
              {tile.benchmark && <BenchmarkLine benchmark={tile.benchmark} layout="inline" size="lg" className="mt-2" />}
            </li>
          ))}
        </ul>
        <SlidePoints points={slide.points} />
      </div>
    </div>
  );
}
