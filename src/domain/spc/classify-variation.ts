import type { Polarity } from '../indicators';
import { RULES, type RuleHit, type Side, type SpecialCauseRule } from './detect-special-causes';

/**
 * How a point reads: for the latest point, the variation icon; for every point, its colour on the chart. Special
 * cause on the good side (by polarity) is improvement, on the bad side concern; a neutral measure's special cause is
 * 'neither' (still high or low, but not good or bad).
 *
 * A point can meet rules on both sides at once: a rising trend of 7 that is still below the mean (trend high, shift
 * low), or a falling run that has not yet crossed it. Then improvement wins, as in the Making Data Count single chart
 * tool (their SQL tool makes it a per-measure setting, improvement or concern): the point is improvement, on the good
 * side. NHSRplotthedots picks one rule by precedence instead (outside the limits, trend, two of three, shift), so it
 * is not the reference here. For a neutral measure both sides are 'neither' (purple) anyway; the side is then null
 * rather than an arbitrary one (the SQL tool says high), and the words say the signals go both ways.
 */

export type VariationKind = 'common-cause' | 'improvement' | 'concern' | 'neither';

export type Variation = {
  kind: VariationKind;
  /** Side of the signal shown; null for common cause, and for a neutral measure with signals on both sides. */
  side: Side | null;
  /** Every rule the point is part of, in rule order, whichever side. */
  rules: SpecialCauseRule[];
};

export function classifyVariation(hits: readonly RuleHit[], polarity: Polarity): Variation {
  const rules = RULES.filter((rule) => hits.some((h) => h.rule === rule));
  if (hits.length === 0) return { kind: 'common-cause', side: null, rules: [] };
  const high = hits.some((h) => h.side === 'high');
  const low = hits.some((h) => h.side === 'low');
  if (polarity === 'neutral') return { kind: 'neither', side: high && low ? null : high ? 'high' : 'low', rules };
  const good: Side = polarity === 'higher-is-better' ? 'high' : 'low';
  const onGoodSide = good === 'high' ? high : low;
  return onGoodSide ? { kind: 'improvement', side: good, rules } : { kind: 'concern', side: good === 'high' ? 'low' : 'high', rules };
}

/**
 * A point's rules split by the variation they were classified as: `shown`, on the side the point is shown as, and
 * `outweighed`, on the other side (a concern outweighed by an improvement). A neutral measure's point with signals
 * both ways, or no conflict at all, has every rule shown.
 */
export function splitSignals(hits: readonly RuleHit[], variation: Pick<Variation, 'kind' | 'side'>): { shown: RuleHit[]; outweighed: RuleHit[] } {
  const { kind, side } = variation;
  if (kind === 'neither' || side === null) return { shown: [...hits], outweighed: [] };
  return { shown: hits.filter((h) => h.side === side), outweighed: hits.filter((h) => h.side !== side) };
}
