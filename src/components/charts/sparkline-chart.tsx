import { Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from './chart-types';

export type SparklineChartProps = {
  data: { month: string; value: number | null }[];
  /** Drawn as a dashed line so the trend reads against it. */
  target: number | null;
  /** Read aloud instead of the drawing. */
  label: string;
  /** Months of events concerning the measure, each drawn as a small tick (the label names them). */
  events?: readonly string[];
  height?: number;
};

/**
 * The tile's little trend line. Months without data are gaps, never zero. Decorative for assistive technology:
 * the label carries the same facts, and the chart itself takes no focus (it sits inside a link).
 */
export function SparklineChart({ data, target, label, events = [], height = 40 }: SparklineChartProps) {
  const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  if (target !== null) values.push(target);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || 1;
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full">
      <LineChart responsive data={data} style={{ width: '100%', height }} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false} tabIndex={-1}>
        <XAxis hide dataKey="month" />
        <YAxis hide domain={[min - pad, max + pad]} />
        {events.map((month) => (
          <ReferenceLine key={month} className="sparkline-event" x={month} stroke={CHART_COLOURS.event} strokeWidth={2} />
        ))}
        {target !== null && <ReferenceLine y={target} stroke={CHART_COLOURS.sparklineTarget} strokeDasharray="3 3" ifOverflow="extendDomain" />}
        <Line type="linear" dataKey="value" stroke={CHART_COLOURS.series} strokeWidth={2} dot={{ r: 1.5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
