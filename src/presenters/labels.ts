import type { Measure, Polarity } from '../domain/indicators';
import { formatTarget } from './format';

/** How a measure and its target are named on every screen, export and slide: each rule written once. */

/** "CSC 022: Monthly % of referrals completed within 1 working day"; the title alone for a measure without a code. */
export function measureHeading(measure: Pick<Measure, 'code' | 'title'>): string {
  return measure.code ? `${measure.code}: ${measure.title}` : measure.title;
}

/** "CSC 022", or the title for a measure without a code: for captions and file names where the heading is long. */
export function measureShortName(measure: Pick<Measure, 'code' | 'title'>): string {
  return measure.code ?? measure.title;
}

export type TargetKind = 'target' | 'comparator';

/**
 * A neutral measure's figure is context, not a goal, so its reference figure is a comparator and sets no status;
 * null when the measure has none.
 */
export function targetKindOf(measure: Pick<Measure, 'target' | 'polarity'>): TargetKind | null {
  if (measure.target === null) return null;
  return measure.polarity === 'neutral' ? 'comparator' : 'target';
}

export const TARGET_KIND_LABELS: Record<TargetKind, string> = { target: 'Target', comparator: 'Comparator' };

/** "Target 90%", "Comparator 1,650"; null without one. */
export function describeTarget(measure: Pick<Measure, 'target' | 'polarity' | 'unit'>): string | null {
  const kind = targetKindOf(measure);
  if (kind === null || measure.target === null) return null;
  return `${TARGET_KIND_LABELS[kind]} ${formatTarget(measure.target, measure.unit)}`;
}

/** Which way is good, in words: a neutral measure is context, so neither direction is better. */
export const POLARITY_LABELS: Record<Polarity, string> = {
  'higher-is-better': 'higher is better',
  'lower-is-better': 'lower is better',
  neutral: 'neither (context)',
};
