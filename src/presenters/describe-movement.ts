import type { Movement } from '../domain/rank-movers';
import type { MeasureSummary } from '../domain/summarise-measure';
import { formatMonth } from '../domain/calendar';
import { describeDirection } from './describe-direction';
import { formatDifference } from './format';
import { capitalise } from './words';
import { formatDecimal } from './format-en-gb';

/** How the biggest movers are ranked, said once in the panel so the order can be trusted. */
export const MOVERS_RANKING =
  "Changes since the previous period, ranked against each measure's usual month-to-month variation; measures that build up through the year against their expected build-up; moves across or away from a target count more.";

/**
 * One mover's change in words, good or bad said in words rather than colour: "Worsening: down 14.3 pp on Aug 2023,
 * 1.8 times its usual monthly change", or for a measure that builds up, "Improving: 8.5 pp ahead of its expected
 * build-up for Sep 2023, from 6.1 pp behind at Q1 2023/24".
 */
export function describeMovement(summary: MeasureSummary, movement: Movement): string {
  const { measure, vsPrevious, previous, judgedAgainst } = summary;
  const crossed = movement.crossesTarget ? `; ${movement.improving ? 'now meets' : 'no longer meets'} its target` : '';
  if (movement.kind === 'build-up' && movement.gapNow !== null && movement.gapThen !== null) {
    const month = judgedAgainst?.kind === 'trajectory' ? ` for ${formatMonth(judgedAgainst.month)}` : '';
    const now = movement.gapNow > 0 ? `${describeGap(movement.gapNow, measure.unit)} of` : movement.gapNow === 0 ? 'level with' : describeGap(movement.gapNow, measure.unit);
    const then = previous.period.kind === 'year' ? `the end of ${previous.period.label}` : previous.period.label;
    return `${judge(movement)}: ${now} its expected build-up${month}, from ${describeGap(movement.gapThen, measure.unit)} at ${then}${crossed}`;
  }
  return `${describeDirection(vsPrevious, measure.unit)}, ${describeTimesUsual(movement.timesUsual)}${crossed}`;
}

/** The change against its usual size, rounded so that it reads as a judgement rather than a measurement. */
export function describeTimesUsual(timesUsual: number): string {
  if (timesUsual < 1) return 'within its usual monthly variation';
  const times = Math.round(timesUsual * 10) / 10;
  return `${formatDecimal(times, 0, 1)} times its usual monthly change`;
}

function judge({ improving, change }: Movement): string {
  if (improving === null) return capitalise(change > 0 ? 'up' : 'down');
  return improving ? 'Improving' : 'Worsening';
}

/** "8.5 pp ahead", "6.1 pp behind", "level": where a figure stood against its build-up. */
function describeGap(gap: number, unit: MeasureSummary['measure']['unit']): string {
  if (gap === 0) return 'level';
  return `${formatDifference(Math.abs(gap), unit)} ${gap > 0 ? 'ahead' : 'behind'}`;
}
