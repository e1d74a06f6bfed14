import { BENCHMARK_LINE_STYLES, CHART_COLOURS, REFERENCE_DASH, referenceColour } from './chart-types';
import { BenchmarkMarker } from './benchmark-lines';
import { cx } from '../../lib/cx';
import type { ChartLineSeries, ChartReference } from '../../presenters/chart-views';
import type { EventView } from '../../presenters/event-views';
import { EventKeyItems } from './event-markers';

export type ChartLegendProps = {
  series: { label: string; swatch: 'line' | 'bar' };
  references: ChartReference[];
  extra?: { label: string; swatch: 'area' | 'hatched-bar' }[];
  /** Benchmark lines, each with its colour, dash and marker. */
  lines?: ChartLineSeries[];
  /** The chart's events, numbered as their markers. */
  events?: readonly EventView[];
  /** Text size in px where the chart is scaled (slides); the page's own size otherwise. */
  fontSize?: number;
};

/** An HTML legend: real text that wraps and zooms, and line styles that differ without colour. */
export function ChartLegend({ series, references, extra = [], lines = [], events = [], fontSize }: ChartLegendProps) {
  // Swatches are drawn in a 28-unit box and grow with the text, so a slide's legend keys stay readable.
  const swatchScale = fontSize ? fontSize / 14 : 1;
  return (
    <ul
      className={cx('mt-2 flex flex-wrap gap-x-5 gap-y-1 text-slate-800', !fontSize && 'text-sm')}
      style={fontSize ? { fontSize, columnGap: fontSize * 1.4 } : undefined}
    >
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width={28 * swatchScale} height={12 * swatchScale} viewBox="0 0 28 12">
          {series.swatch === 'line' ? (
            <>
              <line x1="0" y1="6" x2="28" y2="6" stroke={CHART_COLOURS.series} strokeWidth="2" />
              <circle cx="14" cy="6" r="3.5" fill={CHART_COLOURS.series} />
            </>
          ) : (
            <rect x="6" y="0" width="16" height="12" fill={CHART_COLOURS.series} />
          )}
        </svg>
        {series.label}
      </li>
      {references.map((reference) => (
        <li key={reference.label} className="flex items-center gap-2">
          <svg aria-hidden="true" width={28 * swatchScale} height={12 * swatchScale} viewBox="0 0 28 12">
            <line
              x1="0"
              y1="6"
              x2="28"
              y2="6"
              stroke={referenceColour(reference.kind)}
              strokeWidth="2"
              strokeDasharray={REFERENCE_DASH[reference.kind]}
            />
          </svg>
          {reference.label}
        </li>
      ))}
      {lines.map((line) => (
        <li key={line.key} className="flex items-center gap-2">
          <svg aria-hidden="true" width={28 * swatchScale} height={14 * swatchScale} viewBox="0 0 28 14">
            <line x1="0" y1="7" x2="28" y2="7" stroke={BENCHMARK_LINE_STYLES[line.key].colour} strokeWidth="2.5" strokeDasharray={BENCHMARK_LINE_STYLES[line.key].dash} />
            <BenchmarkMarker cx={14} cy={7} value={1} kind={line.key} />
          </svg>
          {line.label}
        </li>
      ))}
      {extra.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <svg aria-hidden="true" width={28 * swatchScale} height={12 * swatchScale} viewBox="0 0 28 12">
            {item.swatch === 'area' ? (
              <rect x="0" y="0" width="28" height="12" fill={CHART_COLOURS.highlight} stroke={CHART_COLOURS.series} strokeWidth="1" />
            ) : (
              <rect x="6" y="1" width="16" height="10" fill={CHART_COLOURS.seriesMuted} stroke={CHART_COLOURS.series} strokeWidth="1.5" strokeDasharray="3 2" />
            )}
          </svg>
          {item.label}
        </li>
      ))}
      {EventKeyItems({ events })}
    </ul>
  );
}
