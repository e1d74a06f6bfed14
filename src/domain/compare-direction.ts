import type { Measure } from './indicators';
import { decimalsFor, roundTo } from './numbers';

/**
 * Direction of travel between two figures of one measure, judged by polarity: for a higher-is-better measure a
 * rise is improving, for lower-is-better a fall is; neutral measures only go up or down. Words are the
 * presenters' (presenters/describe-direction.ts).
 */

export type DirectionKind = 'improving' | 'worsening' | 'no-change' | 'up' | 'down' | 'unknown';

/** Why two figures are not compared: one is missing, or comparing them would mislead. */
export type NoComparisonReason =
  | { kind: 'no-figure' }
  /** A latest-month stand-in against a figure of another kind. */
  | { kind: 'not-like-for-like' }
  /** A total over part of its period against a whole one; `partialLabel` names the part period. */
  | { kind: 'part-period'; partialLabel: string }
  /** A running total against the period before it in the same year. */
  | { kind: 'year-to-date-grows' };

export type Direction = {
  kind: DirectionKind;
  /** current - previous at display precision; null when unknown. */
  change: number | null;
  /** change / previous; null when unknown or the previous figure is 0 (no meaningful ratio). */
  relative: number | null;
  /** What the figure was compared with ("Q1 2023/24", "Aug 2023"); null when there was nothing to compare. */
  comparedWith: string | null;
  /** Set only when kind is 'unknown'. */
  reason: NoComparisonReason | null;
};

/** An unknown direction with its reason, for comparisons that cannot be made or would mislead. */
export function describeNoComparison(reason: NoComparisonReason = { kind: 'no-figure' }, comparedWith: string | null = null): Direction {
  return { kind: 'unknown', change: null, relative: null, comparedWith, reason };
}

export function compareDirection(measure: Measure, current: number | null, previous: number | null, comparedWith: string): Direction {
  if (current === null || previous === null) return describeNoComparison();
  // Rounding to the display precision first means anything under half a displayed unit (0.05 for percentages and
  // rates, 0.5 for counts) is no change, and 0.1 + 0.2 style noise cannot create a phantom movement.
  const change = roundTo(current - previous, decimalsFor(measure.unit));
  if (change === 0) return { kind: 'no-change', change: 0, relative: 0, comparedWith, reason: null };
  const relative = previous === 0 ? null : change / Math.abs(previous);
  const rising = change > 0;
  if (measure.polarity === 'neutral') return { kind: rising ? 'up' : 'down', change, relative, comparedWith, reason: null };
  const improving = rising === (measure.polarity === 'higher-is-better');
  return { kind: improving ? 'improving' : 'worsening', change, relative, comparedWith, reason: null };
}
