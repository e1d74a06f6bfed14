import type { Unit } from './indicators';
import { formatMonth, formatMonthRange } from './calendar';
import { formatTarget, formatValue } from '../presenters/format';
import type { Direction, DirectionKind } from './compare-direction';
import type { Status } from './evaluate-status';
import type { MeasureSummary, SparklinePoint } from './summarise-measure';
import { buildSpcIcons, type SpcIconsView } from './spc/build-spc-view';

export type DirectionView = { kind: DirectionKind; arrow: 'up' | 'down' | 'flat' | 'none'; text: string };

/** Everything a KPI tile shows, already formatted: the tile component does no arithmetic. */
export type KpiTileView = {
  id: string;
  code: string | null;
  title: string;
  unit: Unit;
  valueText: string;
  /** What the figure stands for when it is not simply the period's figure ("Latest month (Sep 2023)"). */
  valueNote: string | null;
  /** Null when there is no target; neutral measures call theirs a comparator, since it sets no status. */
  targetText: string | null;
  target: number | null;
  varianceText: string | null;
  favourable: boolean | null;
  status: Status;
  direction: DirectionView;
  lastYear: DirectionView;
  sparkline: SparklinePoint[];
  sparklineLabel: string;
  /** SPC variation and assurance icons, only where the measure has enough months for them (15). */
  spc: SpcIconsView | null;
};

export type TileViewOptions = {
  /** False where the icons are not drawn (compact tiles, slides, the measure headline): SPC is the costly part. */
  spcIcons?: boolean;
};

export function buildTileView(summary: MeasureSummary, { spcIcons = true }: TileViewOptions = {}): KpiTileView {
  const { measure, current, variance } = summary;
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    unit: measure.unit,
    valueText: formatValue(current.value, measure.unit),
    valueNote: current.note,
    target: measure.target,
    targetText: describeTarget(measure),
    varianceText: variance?.text ?? null,
    favourable: variance?.favourable ?? null,
    status: summary.status,
    direction: buildDirectionView(summary.vsPrevious),
    lastYear: buildDirectionView(summary.vsLastYear),
    sparkline: summary.sparkline,
    sparklineLabel: describeSparkline(summary.sparkline, measure.unit),
    spc: spcIcons ? describeSpcIcons(summary) : null,
  };
}

function describeSpcIcons({ measure, period }: MeasureSummary): SpcIconsView | null {
  return buildSpcIcons(measure, { throughMonth: period.months.at(-1) });
}

function describeTarget(measure: MeasureSummary['measure']): string | null {
  if (measure.target === null) return null;
  const target = formatTarget(measure.target, measure.unit);
  return measure.polarity === 'neutral' ? `Comparator ${target}` : `Target ${target}`;
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

export function buildDirectionView(direction: Direction): DirectionView {
  const arrow = direction.change === null ? 'none' : direction.change > 0 ? 'up' : direction.change < 0 ? 'down' : 'flat';
  return { kind: direction.kind, arrow, text: direction.text };
}
