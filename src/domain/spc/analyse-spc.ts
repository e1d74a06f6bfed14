import type { Measure } from '../indicators';
import { classifyAssurance, type AssuranceKind } from './classify-assurance';
import { classifyVariation, type Variation } from './classify-variation';
import { collectSpcSeries, type SpcPoint } from './collect-spc-series';
import { computeXmrLimits, type XmrLimits } from './compute-xmr-limits';
import { detectSpecialCauses, type RuleHit, type SignalEpisode, type SpecialCauseOptions } from './detect-special-causes';
import { splitSpcSegments, type SpcSegmentSpan } from './split-spc-segments';
import { ownTargetFor } from '../targets';
import { financialYearOfMonth } from '../period';

/**
 * SPC for one measure: its monthly series, XmR limits, special causes, and the two icons. Limits drawn from a handful
 * of points mislead, so fewer than 15 months gives a message instead ("Not enough data for SPC (6 of 15 months)").
 * Year-to-date figures build up through the year and start again in April, so they are never charted this way.
 *
 * A measure's rebases split the series into segments (split-spc-segments.ts), each judged on its own mean and limits;
 * a segment of fewer than 15 points shows its points with no limits and no signals. The icons describe the latest
 * segment, so none are given while it is too short.
 */

export const MIN_SPC_POINTS = 15;

export type SpcSegment = SpcSegmentSpan & {
  /** Null when the segment has fewer than MIN_SPC_POINTS points. */
  limits: XmrLimits | null;
};

export type SpcAnalysis = {
  status: 'ok';
  /** `segment`: index into `segments`. */
  points: (SpcPoint & { hits: RuleHit[]; segment: number })[];
  segments: SpcSegment[];
  /** The latest segment's limits; null while it is too short for limits. */
  limits: XmrLimits | null;
  /** Start and end index into `points`, never across a rebase. */
  episodes: SignalEpisode[];
  /** The latest point's, in the latest segment; null while that segment is too short. */
  variation: Variation | null;
  assurance: AssuranceKind;
  skippedMonths: string[];
};

export type SpcUnavailable = {
  status: 'insufficient' | 'not-applicable';
  /** Months with a figure, and how many SPC needs. */
  have: number;
  need: number;
  message: string;
};

export type SpcResult = SpcAnalysis | SpcUnavailable;

export type SpcOptions = SpecialCauseOptions & {
  /** Judge the series as it stood at the end of this month ("2023-09"). */
  throughMonth?: string;
  screenOutliers?: boolean;
};

export function analyseSpc(measure: Measure, options: SpcOptions = {}): SpcResult {
  const { points, skippedMonths } = collectSpcSeries(measure, options.throughMonth);
  const need = MIN_SPC_POINTS;
  if (measure.basis === 'year-to-date')
    return { status: 'not-applicable', have: points.length, need, message: 'SPC does not apply to year-to-date figures: they build up through the year' };
  if (points.length < need)
    return { status: 'insufficient', have: points.length, need, message: `Not enough data for SPC (${points.length} of ${need} months)` };

  const segments: SpcSegment[] = splitSpcSegments(points, measure.spc).map((span) => {
    const values = points.slice(span.start, span.start + span.limitPoints).map((p) => p.value);
    const long = span.end - span.start + 1 >= need;
    return { ...span, limits: long ? computeXmrLimits(values, { unit: measure.unit, screenOutliers: options.screenOutliers }) : null };
  });
  const hits: RuleHit[][] = points.map(() => []);
  const episodes: SignalEpisode[] = [];
  for (const segment of segments) {
    if (!segment.limits) continue;
    // Limits fixed on a baseline still judge every later point of the segment.
    const values = points.slice(segment.start, segment.end + 1).map((p) => p.value);
    const found = detectSpecialCauses(values, segment.limits, options);
    found.hits.forEach((pointHits, i) => (hits[segment.start + i] = pointHits));
    episodes.push(...found.episodes.map((e) => ({ ...e, start: e.start + segment.start, end: e.end + segment.start })));
  }
  const latest = segments.at(-1);
  const limits = latest?.limits ?? null;
  return {
    status: 'ok',
    points: points.map((p, i) => ({ ...p, hits: hits[i] ?? [], segment: segments.findLastIndex((s) => s.start <= i) })),
    segments,
    limits,
    episodes,
    variation: limits ? classifyVariation(hits.at(-1) ?? [], measure.polarity) : null,
    // Targets change from year to year: assurance is judged against the one in force in the latest month.
    assurance: limits ? classifyAssurance(limits, targetInForce(measure, points.at(-1)?.month), measure.polarity) : 'none',
    skippedMonths,
  };
}

function targetInForce(measure: Measure, month: string | undefined): number | null {
  return month ? (ownTargetFor(measure, financialYearOfMonth(month))?.value ?? null) : measure.target;
}
