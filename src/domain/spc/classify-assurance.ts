import type { Polarity } from '../indicators';
import type { XmrLimits } from './compute-xmr-limits';

/**
 * The assurance icon: can the process, as it runs now, be relied on to meet its target? Only when the target lies
 * outside the process limits: on the bad side of every point the process will produce, it will consistently fail;
 * on the good side, consistently pass. A target between the limits (or on one) is hit and miss. Unclamped limits are
 * used, as in plotthedots. No target, or a neutral measure: no icon.
 */

export type AssuranceKind = 'pass' | 'fail' | 'hit-and-miss' | 'none';

export function classifyAssurance(
  limits: Pick<XmrLimits, 'upperProcessLimit' | 'lowerProcessLimit'>,
  target: number | null,
  polarity: Polarity,
): AssuranceKind {
  if (target === null || polarity === 'neutral') return 'none';
  const higherIsBetter = polarity === 'higher-is-better';
  if (limits.lowerProcessLimit > target) return higherIsBetter ? 'pass' : 'fail';
  if (limits.upperProcessLimit < target) return higherIsBetter ? 'fail' : 'pass';
  return 'hit-and-miss';
}
