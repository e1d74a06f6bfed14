import { DirectionIndicator } from '../../components/direction-indicator';
import { VarianceText } from '../../components/variance-text';
import { LazyTrendLineChart } from '../../components/lazy-charts';
import { StatusBadge } from '../../components/status-badge';
import type { MeasureSlide as MeasureSlideView } from './build-slides';
import { SlidePoints } from './slide-points';
import { BenchmarkLine } from '../../components/benchmark-line';
import { useSlideChartHeight } from './use-slide-chart-height';
import { EventsList } from '../../components/events-list';

export type MeasureSlideProps = { slide: MeasureSlideView; periodLabel: string };

/** One measure, sized to be read from the back of a meeting room on a 1920x1080 screen. */
export function MeasureSlide({ slide, periodLabel }: MeasureSlideProps) {
  const { tile, chart } = slide;
  const chartHeight = useSlideChartHeight();
  return (
    <div className="flex h-full flex-col gap-6">
      <header>
        <p className="text-xl text-slate-700">{slide.context}</p>
        <h1 className="text-4xl leading-tight font-bold">{slide.heading}</h1>
      </header>
      <div className="flex flex-wrap items-center gap-x-10 gap-y-3">
        <div>
          <p className="text-lg font-semibold text-slate-700">{periodLabel}</p>
          <p className="text-7xl font-bold tabular-nums">{tile.valueText}</p>
        </div>
        <div className="flex flex-col gap-2 text-2xl">
          <div>
            <StatusBadge status={tile.status} size="lg" label={tile.statusLabel} />
          </div>
          {tile.targetText && <p className="font-semibold">{tile.targetText}</p>}
        </div>
        <div className="flex flex-col gap-2 text-2xl">
          {tile.variance && <VarianceText variance={tile.variance} />}
          <DirectionIndicator direction={tile.direction} />
        </div>
      </div>
      {(tile.family || tile.valueNote) && (
        <p className="text-lg text-slate-700">
          {[tile.family?.whichFigure, tile.valueNote, tile.family?.beside].filter(Boolean).join(' · ')}
        </p>
      )}
      {tile.benchmark && <BenchmarkLine benchmark={tile.benchmark} layout="inline" size="lg" />}
      <div className="grid min-h-0 flex-1 gap-8 xl:grid-cols-[3fr_2fr]">
        <figure className="min-w-0">
          <figcaption className="mb-2 text-xl">{chart.summary}</figcaption>
          {chart.points.length > 0 && (
            <LazyTrendLineChart
              data={chart.points}
              seriesName="Monthly figure"
              valueFormatter={chart.valueFormatter}
              axis={chart.axis}
              references={chart.references}
              highlight={chart.highlight}
              referencePath={chart.referencePath}
              events={chart.events}
              height={chartHeight}
            />
          )}
        </figure>
        <div className="flex min-w-0 flex-col gap-6">
          <SlidePoints points={slide.points} />
          {chart.events && (
            <section aria-labelledby={`${slide.key}-events`} className="min-w-0">
              <h2 id={`${slide.key}-events`} className="text-2xl font-semibold">
                Events
              </h2>
              <div className="mt-3">
                <EventsList events={chart.events.key} size="slide" />
              </div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
