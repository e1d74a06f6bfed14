import { formatMonth, formatMonthRange } from '../domain/calendar';
import type { Direction, DirectionKind } from '../domain/compare-direction';
import type { Status } from '../domain/evaluate-status';
import type { Unit } from '../domain/indicators';
import type { SpcResult } from '../domain/spc/analyse-spc';
import type { MeasureSummary, SparklinePoint } from '../domain/summarise-measure';
import { describeBenchmarkLine, type BenchmarkLineView } from './describe-benchmarks';
import { describeCoverage } from './describe-coverage';
import { describeDirection } from './describe-direction';
import { describeVariance } from './describe-variance';
import { formatValue } from './format';
import { describeTarget, measureHeading } from './labels';
import { describeSpcIcons, type SpcIconsView } from './spc-view';
import type { VarianceTone } from './variants';

export type DirectionView = { kind: DirectionKind; arrow: 'up' | 'down' | 'flat' | 'none'; text: string };

export type VarianceView = { text: string; tone: Exclude<VarianceTone, 'none'> };

/** Everything a KPI tile shows, already formatted: the tile component does no arithmetic. */
export type KpiTileView = {
  id: string;
  code: string | null;
  title: string;
  /** "CSC 022: title" */
  heading: string;
  valueText: string;
  /** What the figure stands for when it is not simply the period's figure ("Latest month (Sep 2023)"). */
  valueNote: string | null;
  /** "Target 90%", or for a neutral measure "Comparator 1,650", since it sets no status; null without one. */
  targetText: string | null;
  /** The target's value, for the sparkline's reference line. */
  target: number | null;
  /** "8.7 pp below the 90% target" with whether that is good news; null without a target or a figure. */
  variance: VarianceView | null;
  status: Status;
  direction: DirectionView;
  lastYear: DirectionView;
  sparkline: SparklinePoint[];
  sparklineLabel: string;
  /** SPC variation and assurance icons, only where the measure has enough months for them (15). */
  spc: SpcIconsView | null;
  /** The latest published benchmarks beside a percentage or rate ("2022/23: England 21.6% · Neighbours 19.9%"). */
  benchmark: BenchmarkLineView | null;
};

/**
 * A tile from a measure's summary. Pass the measure's SPC result (the period model's `spcOf`) where the tile draws
 * the SPC icons; without it, the tile has none (compact tiles, slides and the measure headline never draw them).
 */
export function buildTileView(summary: MeasureSummary, spc: SpcResult | null = null): KpiTileView {
  const { measure, current, variance, period } = summary;
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    heading: measureHeading(measure),
    valueText: formatValue(current.value, measure.unit),
    valueNote: describeCoverage(current, period),
    target: measure.target,
    targetText: describeTarget(measure),
    variance: variance ? { text: describeVariance(variance, measure.unit), tone: variance.favourable ? 'favourable' : 'unfavourable' } : null,
    status: summary.status,
    direction: buildDirectionView(summary.vsPrevious, measure.unit),
    lastYear: buildDirectionView(summary.vsLastYear, measure.unit),
    sparkline: summary.sparkline,
    sparklineLabel: describeSparkline(summary.sparkline, measure.unit),
    spc: spc ? describeSpcIcons(spc) : null,
    benchmark: describeBenchmarkLine(summary.benchmark, measure),
  };
}

/** A sentence for screen readers in place of the little chart: range of months, first and last figure, low and high. */
export function describeSparkline(points: SparklinePoint[], unit: Unit): string {
  const known = points.filter((p): p is { month: string; value: number } => p.value !== null);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return 'No monthly figures this year';
  if (known.length === 1) return `Only one monthly figure: ${formatValue(first.value, unit)} in ${formatMonth(first.month)}`;
  const low = known.reduce((a, b) => (b.value < a.value ? b : a));
  const high = known.reduce((a, b) => (b.value > a.value ? b : a));
  return (
    `Monthly figures ${formatMonthRange(first.month, last.month)}: from ${formatValue(first.value, unit)} to ${formatValue(last.value, unit)}; ` +
    `lowest ${formatValue(low.value, unit)} (${formatMonth(low.month)}), highest ${formatValue(high.value, unit)} (${formatMonth(high.month)})`
  );
}

export function buildDirectionView(direction: Direction, unit: Unit): DirectionView {
  const arrow = direction.change === null ? 'none' : direction.change > 0 ? 'up' : direction.change < 0 ? 'down' : 'flat';
  return { kind: direction.kind, arrow, text: describeDirection(direction, unit) };
}
