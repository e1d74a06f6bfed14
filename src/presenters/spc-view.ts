import type { Measure } from '../domain/indicators';
import { formatMonth } from '../domain/calendar';
import { formatValue } from './format';
import type { SpcAnalysis, SpcResult } from '../domain/spc/analyse-spc';
import type { AssuranceKind } from '../domain/spc/classify-assurance';
import { classifyVariation, type VariationKind } from '../domain/spc/classify-variation';
import type { Side, SpecialCauseRule } from '../domain/spc/detect-special-causes';
import { describeAssuranceIcon, describeClampedLimits, describeVariationIcon, explainPointSignal, explainSpc } from './explain-spc';

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
  /** Why the point is flagged, in the words of the Making Data Count guidance; null for common cause. */
  signalText: string | null;
};

export type SpcChartView = {
  points: SpcChartPoint[];
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
  /** Plain English, one sentence each: limits, every special cause, the latest month, the target. */
  explanations: string[];
};

export type SpcView =
  | { status: 'ok'; icons: SpcIconsView; chart: SpcChartView }
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
  const { limits } = result;
  return {
    status: 'ok',
    icons: describeIcons(result),
    chart: {
      points: result.points.map((p) => ({
        month: p.month,
        monthLabel: formatMonth(p.month),
        value: p.value,
        valueText: value(p.value),
        variation: classifyVariation(p.hits, measure.polarity).kind,
        rules: p.hits.map((h) => h.rule),
        signalText: explainPointSignal(p.hits, measure.polarity),
      })),
      mean: limits.mean,
      upperLimit: limits.display.upper,
      lowerLimit: limits.display.lower,
      upperTwoSigma: limits.upperTwoSigma,
      lowerTwoSigma: limits.lowerTwoSigma,
      meanText: value(limits.mean),
      upperLimitText: value(limits.display.upper),
      lowerLimitText: value(limits.display.lower),
      limitsNote: describeClampedLimits(limits.display.clamped, measure.unit),
      explanations: explainSpc(result, measure),
    },
  };
}

function describeIcons(result: SpcAnalysis): SpcIconsView {
  const assuranceLabel = describeAssuranceIcon(result.assurance);
  return {
    variation: { kind: result.variation.kind, side: result.variation.side, label: describeVariationIcon(result.variation) },
    assurance: result.assurance === 'none' || assuranceLabel === null ? null : { kind: result.assurance, label: assuranceLabel },
  };
}
