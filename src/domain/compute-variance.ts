import type { Measure } from './indicators';
import { decimalsFor, roundTo } from './numbers';
import { formatDifference, formatRelative, formatTarget } from '../presenters/format';

/**
 * Variance to target. Percentages differ in percentage points ("25.0 pp below the 90% target"); counts and rates
 * also show the relative difference ("4 above the 95 target (+4.2%)"). "Above" and "below" describe the number;
 * whether that is good is `favourable`, decided by polarity.
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
  text: string;
};

/** Null when there is nothing to compare: no value, no target, or a neutral measure (context, not a goal). */
export function computeVariance(measure: Measure, value: number | null): Variance | null {
  const { target, unit, polarity } = measure;
  if (value === null || target === null || polarity === 'neutral') return null;
  const difference = roundTo(value - target, decimalsFor(unit));
  const relative = target === 0 ? null : difference / target;
  const favourable = polarity === 'higher-is-better' ? difference >= 0 : difference <= 0;
  const magnitude = favourable ? 0 : Math.abs(difference) / Math.max(Math.abs(target), 1);
  return { difference, relative, favourable, magnitude, text: describeVariance(measure, target, difference, relative) };
}

function describeVariance(measure: Measure, target: number, difference: number, relative: number | null): string {
  const targetText = `the ${formatTarget(target, measure.unit)} target`;
  if (difference === 0) return `On ${targetText}`;
  const side = difference > 0 ? 'above' : 'below';
  const base = `${formatDifference(Math.abs(difference), measure.unit)} ${side} ${targetText}`;
  if (measure.unit === 'percent' || relative === null) return base;
  return `${base} (${formatRelative(relative)})`;
}
