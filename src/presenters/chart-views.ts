import type { Status } from '../domain/evaluate-status';

/**
 * The view models the chart wrappers and the figures table draw (src/components): finished labels and numbers in,
 * no arithmetic on the component side.
 */

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
  /** The point of a reference that changes month by month (a trajectory, last year's month); null or absent for none. */
  reference?: number | null;
  /** Further figures for the tooltip, e.g. the year's benchmarks ("England", "21.6%"). */
  more?: { label: string; text: string }[];
};

export type ChartReference = {
  value: number;
  /** Drawn beside the line and in the legend: "Target 95%", "2022/23 outturn 74.4%". */
  label: string;
  /** Targets are dashed, comparisons dotted, benchmarks dash-dotted, so they differ without colour. */
  kind: 'target' | 'comparison' | 'benchmark';
};

/** A published benchmark drawn as a line across the years beside the bars: England, the region or the neighbours. */
export type ChartLineSeries = { key: BenchmarkLineKey; label: string };
export type BenchmarkLineKey = 'england' | 'region' | 'neighbours';

export type ChartAxis = { domain: [number, number]; ticks: number[] };

export type AnnualBarPoint = ChartPoint & {
  /** The year still in progress: drawn pale with a dashed outline and labelled, so it is not read as a whole year. */
  partial: boolean;
  /** The year's benchmark figures by line key; null draws a gap. */
  lines?: Partial<Record<BenchmarkLineKey, number | null>>;
};

/** A cell is finished text, or a status shown as badge (icon and words, never colour alone). */
export type FigureCell = string | { status: Status; label?: string };

export type FiguresTableColumn = {
  key: string;
  header: string;
  numeric?: boolean;
  /** Text that may wrap (an event's title), where figures never do. */
  wrap?: boolean;
};

export type FiguresTableRow = {
  key: string;
  /** The row header, e.g. "Sep 2023". */
  header: string;
  /** Shown under the row header in words, e.g. "Selected period", so the mark is not colour alone. */
  mark?: string | null;
  cells: FigureCell[];
};
