import type { Measure } from './indicators';
import { decimalsFor, roundTo } from './numbers';
import { formatDifference } from '../presenters/format';

/**
 * Direction of travel between two figures of one measure, worded by polarity: for a higher-is-better measure a
 * rise is improving, for lower-is-better a fall is; neutral measures only go up or down.
 */

export type DirectionKind = 'improving' | 'worsening' | 'no-change' | 'up' | 'down' | 'unknown';

export type Direction = {
  kind: DirectionKind;
  /** current - previous at display precision; null when unknown. */
  change: number | null;
  /** change / previous; null when unknown or the previous figure is 0 (no meaningful ratio). */
  relative: number | null;
  text: string;
};

export const NO_COMPARISON = 'No comparison available';

/** Builds an unknown direction with the reason as its text, for comparisons that would mislead. */
export function describeNoComparison(text: string = NO_COMPARISON): Direction {
  return { kind: 'unknown', change: null, relative: null, text };
}

export function compareDirection(
  measure: Measure,
  current: number | null,
  previous: number | null,
  comparedWith: string,
): Direction {
  if (current === null || previous === null) return describeNoComparison();
  // Rounding to the display precision first means anything under half a displayed unit (0.05 for percentages and
  // rates, 0.5 for counts) is no change, and 0.1 + 0.2 style noise cannot create a phantom movement.
  const change = roundTo(current - previous, decimalsFor(measure.unit));
  if (change === 0) return { kind: 'no-change', change: 0, relative: 0, text: `No change on ${comparedWith}` };
  const relative = previous === 0 ? null : change / Math.abs(previous);
  const rising = change > 0;
  const movement = `${rising ? 'up' : 'down'} ${formatDifference(Math.abs(change), measure.unit)} on ${comparedWith}`;
  if (measure.polarity === 'neutral') return { kind: rising ? 'up' : 'down', change, relative, text: capitalise(movement) };
  const improving = rising === (measure.polarity === 'higher-is-better');
  return {
    kind: improving ? 'improving' : 'worsening',
    change,
    relative,
    text: `${improving ? 'Improving' : 'Worsening'}: ${movement}`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
