import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { usePrinting } from '../../lib/use-printing';
import { ChartLegend } from './chart-legend';
import { ChartTooltip } from './chart-tooltip';
import { CHART_COLOURS, CHART_FONT_SIZE, REFERENCE_DASH, referenceColour, TEXT_HALO, chartSizeProps, indexAxisProps, valueAxisProps } from './chart-types';
import type { ChartAxis, ChartPoint, ChartReference } from '../../presenters/chart-views';
import type { ChartEventsView } from '../../presenters/event-views';
import { EVENT_BADGE_SPACE, EventMarkers } from './event-markers';

export type TrendLineChartProps = {
  data: ChartPoint[];
  /** Names the line in the legend and tooltip ("Monthly figure"). */
  seriesName: string;
  /** Formats the value axis ticks; points carry their own finished text. */
  valueFormatter: (value: number) => string;
  axis: ChartAxis;
  references: ChartReference[];
  /** Shaded band over the selected period, by point key; null for none. */
  highlight: { fromKey: string; toKey: string; label: string } | null;
  /** A reference that changes month by month, from the points' `reference` (a trajectory, last year's months). */
  referencePath?: { label: string; kind: ChartReference['kind'] } | null;
  /** Events in the charted months: numbered markers at their months, and their key under the chart. */
  events?: ChartEventsView | null;
  height?: number;
  /** Axis, reference-label and legend text in px; slides pass one scaled to the screen. */
  fontSize?: number;
  /** Off on slides while the presenter is idle, so no tooltip stays pinned where the pointer stopped. */
  tooltip?: boolean;
};

/**
 * One line over categories (the months of a year) with target and comparison lines and a shaded period.
 * Gaps stay gaps (connectNulls off). The keyboard layer is off on purpose: it adds an unnamed tab stop whose
 * tooltips screen readers do not announce, while the figure's caption and table carry every figure for everyone.
 */
export function TrendLineChart({
  data,
  seriesName,
  valueFormatter,
  axis,
  references,
  highlight,
  referencePath = null,
  events = null,
  height = 320,
  fontSize = CHART_FONT_SIZE,
  tooltip = true,
}: TrendLineChartProps) {
  // A numeric x axis (0..n-1) rather than categories, so that the shaded period can run from half a step before its
  // first month to half a step after its last: a single month gets a visible band, not a zero-width one.
  const indexed = data.map((point, x) => ({ ...point, x }));
  const indexOf = (key: string) => data.findIndex((point) => point.key === key);
  // The highest reference is labelled above its line and the others below, so two close (or equal) lines never
  // print their labels on top of each other.
  const topReference = [...references].sort((a, b) => b.value - a.value)[0];
  const singleReference = data.filter((point) => point.reference != null).length === 1;
  const size = chartSizeProps(usePrinting(), height);
  return (
    <div>
      <div aria-hidden="true" style={{ height: size.height }} className="w-full">
        <LineChart
          {...size.chart}
          data={indexed}
          margin={{ top: events?.markers.length ? fontSize + 3 + EVENT_BADGE_SPACE : fontSize + 3, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
          // recharts 3 makes the plot a Tab stop; the drawing is hidden from assistive technology (the table is its
          // accessible form), so a keyboard should not stop on it either.
          tabIndex={-1}
        >
          <CartesianGrid stroke={CHART_COLOURS.grid} vertical={false} />
          {highlight && (
            <ReferenceArea x1={indexOf(highlight.fromKey) - 0.5} x2={indexOf(highlight.toKey) + 0.5} fill={CHART_COLOURS.highlight} fillOpacity={0.8} />
          )}
          {/* Every month has a tick, but on a narrow screen recharts leaves out labels that would touch ("AprMayJun"),
              keeping the first and last; the table below names every month. */}
          <XAxis
            {...indexAxisProps(data.length, indexed.map((point) => point.x), (x) => data[x]?.label ?? '', fontSize)}
            interval="preserveStartEnd"
            minTickGap={6}
          />
          <YAxis {...valueAxisProps(axis, valueFormatter, fontSize)} />
          {references.map((reference) => (
            <ReferenceLine
              key={reference.label}
              y={reference.value}
              stroke={referenceColour(reference.kind)}
              strokeWidth={2}
              strokeDasharray={REFERENCE_DASH[reference.kind]}
              // On a horizontal line "insideBottom" sits above it and "insideTop" below.
              label={{
                value: reference.label,
                position: reference === topReference ? 'insideBottomRight' : 'insideTopRight',
                fill: referenceColour(reference.kind),
                fontSize,
                ...TEXT_HALO,
              }}
            />
          ))}
          {referencePath && (
            <Line
              type="linear"
              dataKey="reference"
              name={referencePath.label}
              stroke={referencePath.kind === 'target' ? CHART_COLOURS.target : CHART_COLOURS.comparison}
              strokeWidth={2}
              strokeDasharray={REFERENCE_DASH[referencePath.kind]}
              // A path known at one month only (last year's outturn at March) still shows, as a marker.
              dot={{ r: singleReference ? 6 : 3.5, fill: referencePath.kind === 'target' ? CHART_COLOURS.target : CHART_COLOURS.comparison, strokeWidth: 0 }}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
          {events && EventMarkers({ markers: events.markers, xOf: (key) => (indexOf(key) < 0 ? null : indexOf(key)) })}
          {tooltip && <Tooltip content={(props) => <ChartTooltip active={props.active} payload={props.payload} seriesName={seriesName} />} />}
          <Line
            type="linear"
            dataKey="value"
            name={seriesName}
            stroke={CHART_COLOURS.series}
            strokeWidth={2.5}
            dot={{ r: 4, fill: CHART_COLOURS.series, strokeWidth: 0 }}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <ChartLegend
        series={{ label: seriesName, swatch: 'line' }}
        references={referencePath ? [...references, { value: 0, label: referencePath.label, kind: referencePath.kind }] : references}
        extra={highlight ? [{ label: highlight.label, swatch: 'area' }] : []}
        events={events?.key ?? []}
        fontSize={fontSize === CHART_FONT_SIZE ? undefined : fontSize}
      />
    </div>
  );
}
