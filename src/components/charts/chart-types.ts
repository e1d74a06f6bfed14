/** The small contract shared by the chart wrappers: finished labels in, no arithmetic on the component side. */

export type ChartPoint = {
  /** Unique x value, also the React key ("2023-04", "2023/24"). */
  key: string;
  /** Axis label ("Apr", "2023/24 (year to date)"). */
  label: string;
  /** Heading of the tooltip ("Apr 2023"). */
  tooltipLabel: string;
  /** Null draws a gap, never a zero. */
  value: number | null;
  /** The figure as the table shows it ("90.9%"), for the tooltip and bar labels. */
  valueText: string;
  /** Extra tooltip line, e.g. the fraction "10 / 11"; null when unknown. */
  detail: string | null;
};

export type ChartReference = {
  value: number;
  /** Drawn beside the line and in the legend: "Target 95%", "2022/23 outturn 74.4%". */
  label: string;
  /** Targets are dashed, comparisons dotted, so the two differ without colour. */
  kind: 'target' | 'comparison';
};

export type ChartAxis = { domain: [number, number]; ticks: number[] };

export const CHART_COLOURS = {
  series: '#1d4ed8',
  seriesMuted: '#93c5fd',
  target: '#0f172a',
  comparison: '#9a3412',
  highlight: '#dbeafe',
  grid: '#e2e8f0',
  axis: '#334155',
} as const;

export const REFERENCE_DASH: Record<ChartReference['kind'], string> = { target: '8 4', comparison: '2 3' };

/** A white outline behind chart text, so a label stays legible where a line crosses it. */
export const TEXT_HALO = { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** The value axis every chart draws: the domain and ticks worked out for it, formatted as the table is. */
export function valueAxisProps(axis: ChartAxis, valueFormatter: (value: number) => string) {
  return {
    domain: axis.domain,
    ticks: axis.ticks,
    tickFormatter: (value: number) => valueFormatter(value),
    stroke: CHART_COLOURS.axis,
    tick: { fill: CHART_COLOURS.axis, fontSize: 13 },
    width: 72,
  };
}

/**
 * A numeric x axis over point indexes (0..n-1) rather than categories, so a shaded band or a marker can sit half a
 * step either side of a point. `ticks` are the indexes to label and `labelOf` names them.
 */
export function indexAxisProps(count: number, ticks: number[], labelOf: (index: number) => string) {
  return {
    dataKey: 'x',
    type: 'number' as const,
    domain: [-0.5, count - 0.5] as [number, number],
    ticks,
    tickFormatter: labelOf,
    interval: 0 as const,
    stroke: CHART_COLOURS.axis,
    tick: { fill: CHART_COLOURS.axis, fontSize: 13 },
  };
}
