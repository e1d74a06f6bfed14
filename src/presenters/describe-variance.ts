import type { Variance } from '../domain/compute-variance';
import type { Unit } from '../domain/indicators';
import { formatDifference, formatRelative, formatTarget } from './format';

/**
 * "25.0 pp below the 90% target"; counts and rates also give the relative difference ("4 above the 95 target
 * (+4.2%)"). "Above" and "below" describe the number; whether that is good is the variance's `favourable`.
 */
export function describeVariance(variance: Variance, unit: Unit): string {
  const { difference, relative, target } = variance;
  const targetText = `the ${formatTarget(target, unit)} target`;
  if (difference === 0) return `On ${targetText}`;
  const base = `${formatDifference(Math.abs(difference), unit)} ${difference > 0 ? 'above' : 'below'} ${targetText}`;
  if (unit === 'percent' || relative === null) return base;
  return `${base} (${formatRelative(relative)})`;
}
