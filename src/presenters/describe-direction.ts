import type { Direction } from '../domain/compare-direction';
import type { Unit } from '../domain/indicators';
import { formatDifference } from './format';
import { capitalise } from './words';

export const NO_COMPARISON = 'No comparison available';

/** "Improving: up 3.2 pp on Q1 2023/24", "Down 4 on Aug 2023" for a neutral measure, or why there is no comparison. */
export function describeDirection(direction: Direction, unit: Unit): string {
  const { kind, change, comparedWith, reason } = direction;
  if (kind === 'unknown' || change === null || comparedWith === null) {
    if (!reason || reason.kind === 'no-figure' || comparedWith === null) return NO_COMPARISON;
    const base = `No like-for-like comparison with ${comparedWith}`;
    if (reason.kind === 'part-period') return `${base}: ${reason.partialLabel} covers part of the period`;
    if (reason.kind === 'year-to-date-grows') return `${base}: a year-to-date total grows through the year`;
    return base;
  }
  if (kind === 'no-change') return `No change on ${comparedWith}`;
  const movement = `${change > 0 ? 'up' : 'down'} ${formatDifference(Math.abs(change), unit)} on ${comparedWith}`;
  if (kind === 'up' || kind === 'down') return capitalise(movement);
  return `${kind === 'improving' ? 'Improving' : 'Worsening'}: ${movement}`;
}
