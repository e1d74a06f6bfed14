import { Bar, CartesianGrid, ComposedChart, LabelList, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps, type XAxisTickContentProps } from 'recharts';
import { BenchmarkLines } from './benchmark-lines';
import { usePrinting } from '../../lib/use-printing';
import { ChartLegend } from './chart-legend';
import { ChartTooltip } from './chart-tooltip';
import { CHART_COLOURS, REFERENCE_DASH, referenceColour, TEXT_HALO, chartSizeProps, valueAxisProps } from './chart-types';
import type { AnnualBarPoint, ChartAxis, ChartLineSeries, ChartReference } from '../../presenters/chart-views';
import type { ChartEventsView } from '../../presenters/event-views';
import { EVENT_BADGE_SPACE, EventMarkers } from './event-markers';

export type AnnualBarChartProps = {
  data: AnnualBarPoint[];
  seriesName: string;
  /** Formats the value axis ticks; points carry their own finished text. */
  valueFormatter: (value: number) => string;
  axis: ChartAxis;
  references: ChartReference[];
  /** Legend text for the partial bar ("2023/24: year to date, Apr–Sep 2023"); null when no bar is partial. */
  partialLabel: string | null;
  /** Published benchmarks drawn as lines beside the bars (England, region, neighbours); values in each point's `lines`. */
  lines?: ChartLineSeries[];
  /** Events in the charted years: a numbered marker in the year each falls in, and their key under the chart. */
  events?: ChartEventsView | null;
  height?: number;
};

/**
 * Bars for the Annual Trend row, starting at zero, with any benchmarks as lines across the same years. Keyboard layer
 * off for the reason given in TrendLineChart.
 */
export function AnnualBarChart({ data, seriesName, valueFormatter, axis, references, partialLabel, lines = [], events = null, height = 300 }: AnnualBarChartProps) {
  const size = chartSizeProps(usePrinting(), height);
  return (
    <div>
      <div aria-hidden="true" style={{ height: size.height }} className="w-full">
        <ComposedChart {...size.chart} data={data} margin={{ top: events?.markers.length ? 24 + EVENT_BADGE_SPACE : 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} tabIndex={-1}>
          <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
          <XAxis dataKey="label" stroke={CHART_COLOURS.axis} interval={0} height={44} tick={(props: XAxisTickContentProps) => <TwoLineTick {...props} />} />
          <YAxis {...valueAxisProps(axis, valueFormatter)} />
          <Tooltip
            cursor={{ fill: '#f1f5f9' }}
            content={(props) => <ChartTooltip active={props.active} payload={props.payload} seriesName={seriesName} />}
          />
          <Bar dataKey="value" name={seriesName} maxBarSize={96} isAnimationActive={false} shape={(props: BarShapeProps) => <YearBar {...props} />}>
            {/* Benchmarks usually run close to the bars' own height: the figure then sits higher, above their lines and markers. */}
            <LabelList
              offset={lines.length > 0 ? 16 : 5}
              dataKey="valueText"
              position="top"
              fill={CHART_COLOURS.axis}
              fontSize={13}
              {...TEXT_HALO}
            />
          </Bar>
          {BenchmarkLines({ lines })}
          {events && EventMarkers({ markers: events.markers, xOf: (key) => data.find((point) => point.key === key)?.label ?? null, line: false })}
          {references.map((reference) => (
            <ReferenceLine
              key={reference.label}
              y={reference.value}
              stroke={referenceColour(reference.kind)}
              strokeWidth={2}
              strokeDasharray={REFERENCE_DASH[reference.kind]}
              label={{ value: reference.label, position: 'insideBottomRight', fill: CHART_COLOURS.target, fontSize: 13, ...TEXT_HALO }}
            />
          ))}
        </ComposedChart>
      </div>
      <ChartLegend
        series={{ label: seriesName, swatch: 'bar' }}
        references={references}
        extra={partialLabel ? [{ label: partialLabel, swatch: 'hatched-bar' }] : []}
        lines={lines}
        events={events?.key ?? []}
      />
    </div>
  );
}

function YearBar(props: BarShapeProps) {
  const partial = (props.payload as AnnualBarPoint | undefined)?.partial ?? false;
  return (
    <Rectangle
      {...props}
      className="annual-bar"
      fill={partial ? CHART_COLOURS.seriesMuted : CHART_COLOURS.series}
      stroke={partial ? CHART_COLOURS.series : 'none'}
      strokeWidth={partial ? 2 : 0}
      strokeDasharray={partial ? '6 3' : undefined}
    />
  );
}

/** Below this room per bar (px), "2020/21" at the usual size touches its neighbour: a phone, or many years. */
const NARROW_STEP = 64;

/**
 * "2023/24 (year to date)" as two lines, so the note fits under a narrow bar; smaller type when the bars are
 * narrow, so that neighbouring years never run together ("2020/212021/22").
 */
function TwoLineTick({ x, y, payload, width, visibleTicksCount }: XAxisTickContentProps) {
  const text = String(payload.value);
  const split = text.indexOf(' (');
  const lines = split === -1 ? [text] : [text.slice(0, split), text.slice(split + 1)];
  const narrow = Number(width) / Math.max(visibleTicksCount, 1) < NARROW_STEP;
  return (
    <text x={Number(x)} y={Number(y) + 4} textAnchor="middle" fill={CHART_COLOURS.axis} fontSize={narrow ? 11 : 13}>
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x)} dy={i === 0 ? '0.71em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
