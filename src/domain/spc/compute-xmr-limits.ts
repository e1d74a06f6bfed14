import type { Unit } from '../indicators';

/**
 * XmR (individuals and moving range) limits, as NHS England's "Making Data Count" and NHSRplotthedots draw them.
 * Process limits sit 2.66 mean moving ranges from the mean (3 sigma, since sigma is estimated as mrBar / 1.128);
 * the "2-sigma" lines used by the two-of-three rule sit 1.773 mean moving ranges away, the one-sigma lines 0.887.
 */

export const PROCESS_LIMIT_FACTOR = 2.66;
export const TWO_SIGMA_FACTOR = 1.773;
export const ONE_SIGMA_FACTOR = 0.887;
/** A moving range above this many mrBar is a one-off jump, excluded when screening (plotthedots `screen_outliers`). */
export const MOVING_RANGE_SCREEN_FACTOR = 3.267;

export type XmrLimits = {
  mean: number;
  /** Mean moving range: the average absolute change from one point to the next. */
  mrBar: number;
  upperProcessLimit: number;
  lowerProcessLimit: number;
  upperTwoSigma: number;
  lowerTwoSigma: number;
  upperOneSigma: number;
  lowerOneSigma: number;
  /**
   * Limits as drawn: a percentage cannot pass 0 or 100, nor a count or rate fall below 0. `clamped` says which
   * limits were moved to the edge (presenters/explain-spc.ts says why in words); null when neither was.
   */
  display: { upper: number; lower: number; clamped: ClampedLimits | null };
};

/** A limit beyond what the unit allows: its computed value and the edge it is drawn at. */
export type ClampedLimits = { upper: { computed: number; edge: number } | null; lower: { computed: number; edge: number } | null };

export type XmrOptions = {
  unit?: Unit;
  /** Leave out moving ranges above 3.267 x mrBar before taking their mean; off by default, as in the MDC tool. */
  screenOutliers?: boolean;
};

export function computeXmrLimits(values: readonly number[], options: XmrOptions = {}): XmrLimits {
  if (values.length < 2) throw new RangeError(`XmR limits need at least 2 points (got ${values.length})`);
  const mean = average(values);
  let movingRanges = values.slice(1).map((value, i) => Math.abs(value - (values[i] ?? value)));
  if (options.screenOutliers) {
    const unscreened = average(movingRanges);
    movingRanges = movingRanges.filter((range) => range < MOVING_RANGE_SCREEN_FACTOR * unscreened);
  }
  const mrBar = movingRanges.length > 0 ? average(movingRanges) : 0;
  const band = (factor: number) => factor * mrBar;
  const limits = {
    mean,
    mrBar,
    upperProcessLimit: mean + band(PROCESS_LIMIT_FACTOR),
    lowerProcessLimit: mean - band(PROCESS_LIMIT_FACTOR),
    upperTwoSigma: mean + band(TWO_SIGMA_FACTOR),
    lowerTwoSigma: mean - band(TWO_SIGMA_FACTOR),
    upperOneSigma: mean + band(ONE_SIGMA_FACTOR),
    lowerOneSigma: mean - band(ONE_SIGMA_FACTOR),
  };
  return { ...limits, display: clampForDisplay(limits.upperProcessLimit, limits.lowerProcessLimit, options.unit) };
}

/**
 * The rules and icons use the limits as computed; only the drawing is clamped, and the clamp is recorded, so that a
 * chart never shows a limit at 104% while the reader still learns why the line sits on the edge.
 */
function clampForDisplay(upper: number, lower: number, unit: Unit | undefined): XmrLimits['display'] {
  if (unit === undefined) return { upper, lower, clamped: null };
  const ceiling = unit === 'percent' ? 100 : Infinity;
  const clamped: ClampedLimits = {
    upper: upper > ceiling ? { computed: upper, edge: ceiling } : null,
    lower: lower < 0 ? { computed: lower, edge: 0 } : null,
  };
  return { upper: Math.min(upper, ceiling), lower: Math.max(lower, 0), clamped: clamped.upper || clamped.lower ? clamped : null };
}

function average(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
