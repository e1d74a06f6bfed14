import type { Measure } from './indicators';
import { roundTo } from './numbers';

/**
 * Status against target (the RAG of the report), respecting polarity. "Near" means on the wrong side of the
 * target by no more than the tolerance. Neutral measures never get a status: a comparator for a volume is context,
 * not a goal.
 */

export type Status = 'on-target' | 'near-target' | 'off-target' | 'no-target' | 'no-data';

/** Default "near" band when ungiven: 5 percentage points for percentages. */
export const DEFAULT_PERCENT_TOLERANCE = 5;
/** Default "near" band for counts and rates: this share of the target. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.1;

/** How far on the wrong side of target still counts as near, in the measure's unit (pp for percentages). */
export function toleranceFor(measure: Measure): number {
  if (measure.tolerance !== undefined) return measure.tolerance;
  if (measure.unit === 'percent') return DEFAULT_PERCENT_TOLERANCE;
  return roundTo(Math.abs(measure.target ?? 0) * DEFAULT_RELATIVE_TOLERANCE, 2);
}

/** `target` is the one in force for the figure (a year's target or a trajectory); the measure's own by default. */
export function evaluateStatus(measure: Measure, value: number | null, target: number | null = measure.target): Status {
  if (measure.polarity === 'neutral' || target === null) return 'no-target';
  if (value === null) return 'no-data';
  const shortfall = measureShortfall({ ...measure, target }, value);
  if (shortfall <= 0) return 'on-target';
  return shortfall <= roundTo(toleranceFor(measure), 2) ? 'near-target' : 'off-target';
}

/**
 * How far the value is on the wrong side of target (negative when better than target), rounded to 2 dp so that
 * binary noise such as 87.4 - 82.4 = 5.000000000000014 cannot push a figure over the tolerance.
 */
export function measureShortfall(measure: Measure, value: number): number {
  const target = measure.target ?? value;
  const shortfall = measure.polarity === 'lower-is-better' ? value - target : target - value;
  return roundTo(shortfall, 2);
}
