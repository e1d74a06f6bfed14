import type { Measure } from './indicators';
import { decimalsFor, roundTo } from './numbers';

/**
 * Variance to target: how far above or below, and whether that is good, decided by polarity. The words ("25.0 pp
 * below the 90% target") are the presenters' (presenters/describe-variance.ts).
 */

export type Variance = {
  /** value - target, rounded to the precision the value is shown at. */
  difference: number;
  /** difference / target; null when the target is 0. */
  relative: number | null;
  favourable: boolean;
  /**
   * How far on the wrong side, relative to the target, for ranking; 0 when favourable. With a target of 0 the
   * difference is taken relative to 1 unit, so missing a zero target still ranks.
   */
  magnitude: number;
  /** The target the value was measured against. */
  target: number;
};

/** Null when there is nothing to compare: no value, no target, or a neutral measure (context, not a goal). */
export function computeVariance(measure: Measure, value: number | null, target: number | null = measure.target): Variance | null {
  const { unit, polarity } = measure;
  if (value === null || target === null || polarity === 'neutral') return null;
  const difference = roundTo(value - target, decimalsFor(unit));
  const relative = target === 0 ? null : difference / target;
  const favourable = polarity === 'higher-is-better' ? difference >= 0 : difference <= 0;
  const magnitude = favourable ? 0 : Math.abs(difference) / Math.max(Math.abs(target), 1);
  return { difference, relative, favourable, magnitude, target };
}
