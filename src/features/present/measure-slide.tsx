import { DirectionIndicator } from '../../components/direction-indicator';
import { VarianceText } from '../../components/variance-text';
import { LazyTrendLineChart } from '../../components/lazy-charts';
import { StatusBadge } from '../../components/status-badge';
import type { MeasureSlide as MeasureSlideView } from './build-slides';
import { SlidePoints } from './slide-points';
import { BenchmarkLine } from '../../components/benchmark-line';
import { useSlideScale } from './use-slide-scale';
import { useElementHeight } from './use-element-height';
import { EventsList } from '../../components/events-list';

export type MeasureSlideProps = {
  slide: MeasureSlideView;
  periodLabel: string;
  /** The presenter has stopped moving: no chart tooltip stays pinned where the pointer rests. */
  idle: boolean;
};

/** Axis and legend text on a 1920x1080 screen; the slide scale grows and shrinks it with the window. */
const CHART_TEXT = 22;
/** Room under the plot for the legend's row or two, in slide units. */
const LEGEND_ROOM = 80;

/**
 * One measure, laid out for a 1920x1080 screen and scaled to any other (slide-room), read from the back of a
 * meeting room: the figures across the top, then the chart filling what is left beside the analysis.
 */
export function MeasureSlide({ slide, periodLabel, idle }: MeasureSlideProps) {
  const { tile, chart } = slide;
  const scale = useSlideScale();
  const [plotRef, plotHeight] = useElementHeight<HTMLDivElement>();
  const chartHeight = Math.max(Math.round(plotHeight - LEGEND_ROOM * scale), Math.round(160 * scale));
  return (
    <div className="flex h-full flex-col slide-gap-16">
      <header>
        <p className="slide-text-28 text-slate-700">{slide.context}</p>
        <h1 className="slide-text-48 leading-tight font-bold">{slide.heading}</h1>
      </header>
      <div className="flex flex-wrap items-center slide-gap-48">
        <div>
          <p className="slide-text-28 font-semibold text-slate-700">{periodLabel}</p>
          <p className="slide-text-120 leading-none font-bold tabular-nums">{tile.valueText}</p>
        </div>
        <div className="flex flex-col slide-gap-12 slide-text-32">
          <div>
            <StatusBadge status={tile.status} size="room" label={tile.statusLabel} />
          </div>
          {tile.targetText && <p className="font-semibold">{tile.targetText}</p>}
        </div>
        <div className="flex flex-col slide-gap-12 slide-text-32">
          {tile.variance && <VarianceText variance={tile.variance} />}
          <DirectionIndicator direction={tile.direction} size="room" />
        </div>
      </div>
      {(tile.family || tile.valueNote) && (
        <p className="slide-text-28 text-slate-700">
          {[tile.family?.whichFigure, tile.valueNote, tile.family?.beside].filter(Boolean).join(' · ')}
        </p>
      )}
      {tile.benchmark && <BenchmarkLine benchmark={tile.benchmark} layout="inline" size="room" />}
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] slide-gap-48">
        <figure className="flex min-h-0 min-w-0 flex-col">
          <figcaption className="slide-text-28 leading-snug">{chart.summary}</figcaption>
          <div ref={plotRef} className="min-h-0 flex-1 slide-mt-8">
            {chart.points.length > 0 && plotHeight > 0 && (
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
                fontSize={Math.round(CHART_TEXT * scale)}
                tooltip={!idle}
              />
            )}
          </div>
        </figure>
        <div className="flex min-h-0 min-w-0 flex-col slide-gap-24">
          <SlidePoints points={slide.points} more={slide.more} />
          {chart.events && (
            <section aria-labelledby={`${slide.key}-events`} className="min-w-0">
              <h2 id={`${slide.key}-events`} className="slide-text-32 font-semibold">
                Events
              </h2>
              <div className="slide-mt-8">
                <EventsList events={chart.events.key} size="slide" />
              </div>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
