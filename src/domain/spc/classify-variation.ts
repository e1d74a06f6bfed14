import type { Polarity } from '../indicators';
import { RULES, type RuleHit, type Side, type SpecialCauseRule } from './detect-special-causes';

/**
 * The variation icon for the latest point. Special cause on the good side of the mean is improvement, on the bad
 * side concern; a neutral measure's special cause is 'neither' (still high or low, but not good or bad).
 *
 * Precedence when the latest point's rules disagree: the position rules (outside-limits, shift, two-of-three) always
 * agree with each other, because each takes the side the point itself is on; only a trend can point the other way
 * (a fall that has not yet brought the point below the mean). Then position wins: the icon says where the process
 * is now, and the explanation still mentions the trend.
 */

export type VariationKind = 'common-cause' | 'improvement' | 'concern' | 'neither';

export type Variation = {
  kind: VariationKind;
  /** Side of the deciding rule; null for common cause. */
  side: Side | null;
  /** Every rule the latest point is part of, in rule order. */
  rules: SpecialCauseRule[];
};

export function classifyVariation(latestHits: readonly RuleHit[], polarity: Polarity): Variation {
  const rules = RULES.filter((rule) => latestHits.some((h) => h.rule === rule));
  const deciding = latestHits.find((h) => h.rule !== 'trend') ?? latestHits.find((h) => h.rule === 'trend');
  if (!deciding) return { kind: 'common-cause', side: null, rules: [] };
  const { side } = deciding;
  if (polarity === 'neutral') return { kind: 'neither', side, rules };
  const good: Side = polarity === 'higher-is-better' ? 'high' : 'low';
  return { kind: side === good ? 'improvement' : 'concern', side, rules };
}
