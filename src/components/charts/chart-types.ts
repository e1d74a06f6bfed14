import type { BenchmarkLineKey, ChartAxis, ChartReference } from '../../presenters/chart-views';

/** What every chart wrapper draws alike: colours, line styles and axes. */

/** The one colour map of every chart: a target is drawn alike on a monthly, annual, XmR chart and a sparkline. */
export const CHART_COLOURS = {
  series: '#1d4ed8',
  seriesMuted: '#93c5fd',
  target: '#0f172a',
  comparison: '#9a3412',
  highlight: '#dbeafe',
  grid: '#e2e8f0',
  axis: '#334155',
  /** Sparkline target, lighter than a full chart's so the little line stays readable. */
  sparklineTarget: '#475569',
  /** XmR charts: the monthly line is grey so that special-cause marks stand out in their own colours. */
  xmrSeries: '#475569',
  xmrMean: '#1e293b',
  xmrLimit: '#334155',
  xmrTwoSigma: '#94a3b8',
  improvement: '#0369a1',
  concern: '#c2410c',
  neither: '#6d28d9',
  /** Published benchmarks: each its own colour, dash and marker, so they differ without colour too. */
  england: '#15803d',
  region: '#7e22ce',
  neighbours: '#b45309',
  /** Events (a new process, a staffing gap): dashed vertical markers with numbered badges, on every chart. */
  event: '#0f766e',
} as const;

export const REFERENCE_DASH: Record<ChartReference['kind'], string> = { target: '8 4', comparison: '2 3', benchmark: '10 3 2 3' };

/** The colour of a reference line and its label: targets near-black, last year's outturn rust, a benchmark England's green. */
export function referenceColour(kind: ChartReference['kind']): string {
  return kind === 'target' ? CHART_COLOURS.target : kind === 'benchmark' ? CHART_COLOURS.england : CHART_COLOURS.comparison;
}

/** How each benchmark line is drawn on the annual chart and its legend. */
export const BENCHMARK_LINE_STYLES: Record<BenchmarkLineKey, { colour: string; dash: string | undefined; marker: 'circle' | 'square' | 'diamond' }> = {
  england: { colour: CHART_COLOURS.england, dash: undefined, marker: 'circle' },
  region: { colour: CHART_COLOURS.region, dash: '7 4', marker: 'square' },
  neighbours: { colour: CHART_COLOURS.neighbours, dash: '2 3', marker: 'diamond' },
};

/** A white outline behind chart text, so a label stays legible where a line crosses it. */
export const TEXT_HALO = { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** Axis and label text on a page; slides pass their own, scaled to the room (see TrendLineChartProps.fontSize). */
export const CHART_FONT_SIZE = 13;

/** The value axis every chart draws: the domain and ticks worked out for it, formatted as the table is. */
export function valueAxisProps(axis: ChartAxis, valueFormatter: (value: number) => string, fontSize = CHART_FONT_SIZE) {
  return {
    domain: axis.domain,
    ticks: axis.ticks,
    tickFormatter: (value: number) => valueFormatter(value),
    stroke: CHART_COLOURS.axis,
    tick: { fill: CHART_COLOURS.axis, fontSize },
    // Wide enough for "100.0%" at the tick size.
    width: Math.round((72 * fontSize) / CHART_FONT_SIZE),
  };
}

/**
 * A numeric x axis over point indexes (0..n-1) rather than categories, so a shaded band or a marker can sit half a
 * step either side of a point. `ticks` are the indexes to label and `labelOf` names them.
 */
export function indexAxisProps(count: number, ticks: number[], labelOf: (index: number) => string, fontSize = CHART_FONT_SIZE) {
  return {
    dataKey: 'x',
    type: 'number' as const,
    domain: [-0.5, count - 0.5] as [number, number],
    ticks,
    tickFormatter: labelOf,
    interval: 0 as const,
    stroke: CHART_COLOURS.axis,
    tick: { fill: CHART_COLOURS.axis, fontSize },
    height: Math.round(fontSize * 2.3),
  };
}

/**
 * A chart's size on paper (half an A4 landscape page, beside the other chart): fixed, because the browser lays a page out for print
 * without telling the chart its new width, and a screen-wide drawing shrunk into the column would leave its text
 * too small to read.
 */
export const PRINT_CHART_SIZE = { width: 480, height: 150 } as const;

/** Props that size a chart: filling its box on screen, or PRINT_CHART_SIZE while printing (see usePrinting). */
export function chartSizeProps(printing: boolean, height: number) {
  return printing
    ? { height: PRINT_CHART_SIZE.height, chart: { width: PRINT_CHART_SIZE.width, height: PRINT_CHART_SIZE.height } }
    : { height, chart: { responsive: true, style: { width: '100%', height } } };
}
