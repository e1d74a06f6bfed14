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
import { describeJudgement, describeTrajectoryGap } from './describe-judgement';
import type { FamilyHeadline } from '../domain/family-headline';
import { formatValue } from './format';
import { formatEventDate } from './event-views';
import { measureHeading, measureShortName } from './labels';
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
  /** Where the target comes from when it is not the table's (inherited, stated, an assumed trajectory); null otherwise. */
  targetNote: string | null;
  /** The target's value, for the sparkline's reference line. */
  target: number | null;
  /** "8.7 pp below the 90% target" with whether that is good news; null without a target or a figure. */
  variance: VarianceView | null;
  status: Status;
  /** The badge's words: "On target", "On track" (a trajectory), "Off target (Sep 2023 only)". */
  statusLabel: string;
  direction: DirectionView;
  lastYear: DirectionView;
  sparkline: SparklinePoint[];
  /** Months of the events in the sparkline's year, each a small tick; the label names them. */
  sparklineEvents: string[];
  sparklineLabel: string;
  /** SPC variation and assurance icons, only where the measure has enough months for them (15). */
  spc: SpcIconsView | null;
  /** Set on a family's tile: which member's figure it is, the year to date beside it, and the other members. */
  family: FamilyTileView | null;
  /** The latest published benchmarks beside a percentage or rate ("2022/23: England 21.6% · Neighbours 19.9%"). */
  benchmark: BenchmarkLineView | null;
};

export type FamilyTileView = {
  /** "Monthly figure (CSC 040)", "Year to date (CSC 038)". */
  whichFigure: string;
  /** "Year to date (CSC 038): 54.0%", beside a month's or quarter's figure; null otherwise. */
  beside: string | null;
  /** Every member but the one shown, for links. */
  others: { id: string; label: string }[];
};

/**
 * A tile from a measure's summary. Pass the measure's SPC result (the period model's `spcOf`) where the tile draws
 * the SPC icons; without it, the tile has none (compact tiles, slides and the measure headline never draw them).
 */
export function buildTileView(summary: MeasureSummary, spc: SpcResult | null = null): KpiTileView {
  const { measure, current, variance, period, judgedAgainst } = summary;
  const judgement = describeJudgement(summary);
  const trajectory = judgedAgainst?.kind === 'trajectory';
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    heading: measureHeading(measure),
    valueText: formatValue(current.value, measure.unit),
    valueNote: describeCoverage(current, period),
    // A trajectory climbs through the year, so a flat line at one month's point would mislead on the sparkline.
    target: trajectory ? null : (summary.target?.value ?? null),
    targetText: judgement.targetText,
    targetNote: judgement.targetNote,
    variance: variance
      ? {
          text: trajectory ? describeTrajectoryGap(measure, variance.difference) : describeVariance(variance, measure.unit),
          tone: variance.favourable ? 'favourable' : 'unfavourable',
        }
      : null,
    status: summary.status,
    statusLabel: judgement.statusLabel,
    direction: buildDirectionView(summary.vsPrevious, measure.unit),
    lastYear: buildDirectionView(summary.vsLastYear, measure.unit),
    sparkline: summary.sparkline,
    sparklineEvents: [...new Set((summary.events ?? []).map((e) => e.month))],
    sparklineLabel: [describeSparkline(summary.sparkline, measure.unit), ...(summary.events ?? []).map((e) => `Event: ${e.event.title} (${formatEventDate(e.event.date)})`)].join('. '),
    spc: spc ? describeSpcIcons(spc) : null,
    family: null,
    benchmark: describeBenchmarkLine(summary.benchmark, measure),
  };
}

/** A family's one tile: the headline member's figure for the period, saying which figure it is. */
export function buildFamilyTileView(headline: FamilyHeadline, spc: SpcResult | null = null): KpiTileView {
  const tile = buildTileView(headline.summary, spc);
  if (!headline.family) return tile;
  const shown = headline.summary.measure;
  const { period, restsOnMonth, current } = headline.summary;
  const which =
    headline.role === 'year-to-date'
      ? 'Year to date'
      : shown.basis !== 'month'
        ? BASIS_WORDS[shown.basis]
        : restsOnMonth
          ? `${formatMonth(restsOnMonth)} only`
          : current.method === 'stated'
            ? `The ${period.kind}'s figure, as the report states it`
            : MONTH_BASIS_WORDS[period.kind];
  const beside = headline.beside;
  return {
    ...tile,
    family: {
      whichFigure: shown.code ? `${which} (${shown.code})` : which,
      beside: beside ? `Year to date (${measureShortName(beside.measure)}): ${formatValue(beside.current.value, beside.measure.unit)}` : null,
      others: headline.members.filter((m) => m.measure !== shown).map((m) => ({ id: m.measure.id, label: measureShortName(m.measure) })),
    },
  };
}

const BASIS_WORDS = { month: 'Monthly figure', 'year-to-date': 'Year to date', snapshot: 'Month-end position' } as const;
const MONTH_BASIS_WORDS = { month: 'Monthly figure', quarter: "The quarter's own figure", year: 'Year figure' } as const;

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
