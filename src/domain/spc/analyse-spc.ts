import type { Measure } from '../indicators';
import { classifyAssurance, type AssuranceKind } from './classify-assurance';
import { classifyVariation, type Variation } from './classify-variation';
import { collectSpcSeries, type SpcPoint } from './collect-spc-series';
import { computeXmrLimits, type XmrLimits } from './compute-xmr-limits';
import { detectSpecialCauses, type RuleHit, type SignalEpisode, type SpecialCauseOptions } from './detect-special-causes';
import { ownTargetFor } from '../targets';
import { financialYearOfMonth } from '../period';

/**
 * SPC for one measure: its monthly series, XmR limits, special causes, and the two icons. Limits drawn from a handful
 * of points mislead, so fewer than 15 months gives a message instead ("Not enough data for SPC (6 of 15 months)").
 * Year-to-date figures build up through the year and start again in April, so they are never charted this way.
 */

export const MIN_SPC_POINTS = 15;

export type SpcAnalysis = {
  status: 'ok';
  points: (SpcPoint & { hits: RuleHit[] })[];
  limits: XmrLimits;
  episodes: SignalEpisode[];
  variation: Variation;
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

  const values = points.map((p) => p.value);
  const limits = computeXmrLimits(values, { unit: measure.unit, screenOutliers: options.screenOutliers });
  const { hits, episodes } = detectSpecialCauses(values, limits, options);
  return {
    status: 'ok',
    points: points.map((p, i) => ({ ...p, hits: hits[i] ?? [] })),
    limits,
    episodes,
    variation: classifyVariation(hits.at(-1) ?? [], measure.polarity),
    // Targets change from year to year: assurance is judged against the one in force in the latest month.
    assurance: classifyAssurance(limits, targetInForce(measure, points.at(-1)?.month), measure.polarity),
    skippedMonths,
  };
}

function targetInForce(measure: Measure, month: string | undefined): number | null {
  return month ? (ownTargetFor(measure, financialYearOfMonth(month))?.value ?? null) : measure.target;
}
