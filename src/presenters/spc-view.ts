import type { Measure } from '../domain/indicators';
import { formatMonth } from '../domain/calendar';
import { formatValue } from './format';
import type { SpcAnalysis, SpcResult } from '../domain/spc/analyse-spc';
import type { AssuranceKind } from '../domain/spc/classify-assurance';
import { classifyVariation, type VariationKind } from '../domain/spc/classify-variation';
import type { Side, SpecialCauseRule } from '../domain/spc/detect-special-causes';
import { describeAssuranceIcon, describeClampedLimits, describeVariationIcon, explainPointSignal, explainSpc } from './explain-spc';
import { describeLatestSegment, describeSegment } from './explain-spc-segments';

/**
 * What a KPI tile and an XmR chart show, already worked out and formatted: components draw it and do no arithmetic.
 * Each point carries its own variation kind, so the chart marks special-cause points as improvement or concern.
 */

export type SpcIconsView = {
  variation: { kind: VariationKind; side: Side | null; label: string };
  /** Null for no target or a neutral measure. */
  assurance: { kind: Exclude<AssuranceKind, 'none'>; label: string } | null;
};

export type SpcChartPoint = {
  month: string;
  monthLabel: string;
  value: number;
  valueText: string;
  variation: VariationKind;
  rules: SpecialCauseRule[];
  /** Index into the chart's `segments`. */
  segment: number;
  /** True for a month of a fixed baseline the segment's limits are computed from. */
  inBaseline: boolean;
  /** Why the point is flagged, in the words of the Making Data Count guidance; null for common cause. */
  signalText: string | null;
};

/** Mean and limits of one segment, as drawn. */
export type SpcLimitsView = {
  mean: number;
  /** Process limits as drawn (a percentage clamped to 0-100). */
  upperLimit: number;
  lowerLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  meanText: string;
  upperLimitText: string;
  lowerLimitText: string;
  limitsNote: string | null;
};

/** A stretch of the chart between rebases, with its own mean and limits. */
export type SpcSegmentView = {
  /** Indices into `points`, inclusive. */
  start: number;
  end: number;
  /** The rebase that starts it, with its recorded reason; null for the first segment. */
  rebase: { month: string; monthLabel: string; reason: string } | null;
  /** The last month of a fixed baseline; null when the limits come from every month of the segment. */
  baselineLastMonth: string | null;
  /** Null: too few months for limits (the points are shown alone). */
  limits: SpcLimitsView | null;
  /** One sentence: what the limits come from, or why there are none. */
  description: string;
};

export type SpcChartView = {
  points: SpcChartPoint[];
  segments: SpcSegmentView[];
  /** Which segment the icons and latest month are judged on; null for a plain chart of one segment. */
  segmentNote: string | null;
  /** Plain English, one sentence each: limits, every special cause, the latest month, the target. */
  explanations: string[];
};

export type SpcView =
  /** `icons` is null while the latest segment is too short for limits. */
  | { status: 'ok'; icons: SpcIconsView | null; chart: SpcChartView }
  | { status: 'unavailable'; message: string };

/**
 * Only the two icons, for a KPI tile: a grid of hundreds of tiles should not format a chart and its explanations
 * per tile only to keep the icons. Null where SPC does not apply or there are too few months.
 */
export function describeSpcIcons(result: SpcResult): SpcIconsView | null {
  return result.status === 'ok' ? describeIcons(result) : null;
}

/** The chart, icons and explanations of one measure's SPC result (the period model's `spcOf`). */
export function buildSpcView(measure: Measure, result: SpcResult): SpcView {
  if (result.status !== 'ok') return { status: 'unavailable', message: result.message };
  const value = (v: number) => formatValue(v, measure.unit);
  const explanations = explainSpc(result, measure);
  return {
    status: 'ok',
    icons: describeIcons(result),
    chart: {
      points: result.points.map((p, i) => {
        const segment = result.segments[p.segment];
        return {
          month: p.month,
          monthLabel: formatMonth(p.month),
          value: p.value,
          valueText: value(p.value),
          variation: classifyVariation(p.hits, measure.polarity).kind,
          rules: p.hits.map((h) => h.rule),
          signalText: explainPointSignal(p.hits, measure.polarity),
          segment: p.segment,
          inBaseline: segment?.fixedBaseline === true && i < segment.start + segment.limitPoints,
        };
      }),
      segments: result.segments.map((segment) => ({
        start: segment.start,
        end: segment.end,
        rebase: segment.rebase && { month: segment.rebase.month, monthLabel: formatMonth(segment.rebase.month), reason: segment.rebase.reason },
        baselineLastMonth: segment.fixedBaseline ? (result.points[segment.start + segment.limitPoints - 1]?.month ?? null) : null,
        limits: segment.limits && {
          mean: segment.limits.mean,
          upperLimit: segment.limits.display.upper,
          lowerLimit: segment.limits.display.lower,
          upperTwoSigma: segment.limits.upperTwoSigma,
          lowerTwoSigma: segment.limits.lowerTwoSigma,
          meanText: value(segment.limits.mean),
          upperLimitText: value(segment.limits.display.upper),
          lowerLimitText: value(segment.limits.display.lower),
          limitsNote: describeClampedLimits(segment.limits.display.clamped, measure.unit),
        },
        description: describeSegment(segment, result, measure),
      })),
      segmentNote: describeLatestSegment(result),
      explanations,
    },
  };
}

function describeIcons(result: SpcAnalysis): SpcIconsView | null {
  if (result.variation === null) return null;
  const assuranceLabel = describeAssuranceIcon(result.assurance);
  return {
    variation: { kind: result.variation.kind, side: result.variation.side, label: describeVariationIcon(result.variation) },
    assurance: result.assurance === 'none' || assuranceLabel === null ? null : { kind: result.assurance, label: assuranceLabel },
  };
}
