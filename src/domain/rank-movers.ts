import { figureMonth, type MeasureSummary } from './summarise-measure';
import { decimalsFor, roundTo } from './numbers';
import { resolveTarget, trajectoryAt } from './targets';
import { measureUsualVariation } from './usual-variation';

/**
 * Which changes since the previous period matter most. A relative change ranks 6% -> 1.4% and 1 -> 3 SGOs far
 * above a real shift in a large, steady measure, and counts the climb of a measure that builds up through the
 * year as movement. Instead each change is weighed against the measure's usual month-to-month variation
 * (usual-variation.ts), a measure that builds up is judged by how its distance from the trajectory changed, and
 * a move across a target, or away from one on the wrong side, counts double; other moves of a measure with a target
 * half as much again, since a target says the figure matters.
 */

export type Movement = {
  /** 'change': the figure against the previous one; 'build-up': its distance from the trajectory against the previous distance. */
  kind: 'change' | 'build-up';
  /** The change in the measure's unit: current - previous, or gap now - gap then (positive: further above). */
  change: number;
  /** For 'build-up': how far above (+) or below (-) the trajectory the figure is now, and was at the previous period. */
  gapNow: number | null;
  gapThen: number | null;
  /** True when the change is for the better, false for the worse, null for a neutral measure. */
  improving: boolean | null;
  /** |change| against the usual variation for a period this long: 1 is an ordinary month's move. */
  timesUsual: number;
  /** The previous figure and the current one are on different sides of the target. */
  crossesTarget: boolean;
  /** What orders the list: timesUsual, weighted by the target. */
  score: number;
};

/** The movement of one measure since the previous period, or null when there is none to rank. */
export function measureMovement(summary: MeasureSummary, usualVariation = measureUsualVariation(summary.measure)): Movement | null {
  const { measure, current, previous } = summary;
  if (usualVariation === null || current.value === null || previous.value.value === null || isSmallCount(summary)) return null;
  // A measure that builds up is only ever judged against its build-up: without a trajectory (no target to build
  // towards) its climb cannot be told from movement, so it is left out rather than counted as moving.
  const step = measure.buildsUp ? buildUp(summary) : plainChange(summary);
  if (!step || step.change === 0) return null;
  const improving = measure.polarity === 'neutral' ? null : step.change > 0 === (measure.polarity === 'higher-is-better');
  // A total over several months varies more than one month does, by about the square root of their number.
  const months = sums(summary) ? Math.max(1, current.monthsWithData) : 1;
  const timesUsual = Math.abs(step.change) / (usualVariation * Math.sqrt(months));
  const awayFromTarget = improving === false && (summary.status === 'off-target' || summary.status === 'near-target');
  const weight = step.crossesTarget || awayFromTarget ? 2 : summary.judgedAgainst ? 1.5 : 1;
  return { ...step, improving, timesUsual, score: timesUsual * weight };
}

/**
 * The measures whose change since the previous period matters most, first. The overview passes the movements its
 * period model worked out once per measure (PeriodModel.movementOf), so a keystroke only sorts.
 */
export function rankMovers(
  summaries: readonly MeasureSummary[],
  limit = 5,
  movementOf: (summary: MeasureSummary) => Movement | null = measureMovement,
): MeasureSummary[] {
  return summaries
    .flatMap((summary) => {
      const movement = movementOf(summary);
      return movement ? [{ summary, score: movement.score }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((m) => m.summary);
}

type Step = Pick<Movement, 'kind' | 'change' | 'gapNow' | 'gapThen' | 'crossesTarget'>;

function plainChange({ measure, vsPrevious, judgedAgainst, previous, current }: MeasureSummary): Step | null {
  if (vsPrevious.change === null || vsPrevious.kind === 'unknown') return null;
  const target = judgedAgainst?.kind === 'target' ? judgedAgainst.value : null;
  const crossesTarget = target !== null && measure.polarity !== 'neutral' && meets(measure.polarity, previous.value.value ?? 0, target) !== meets(measure.polarity, current.value ?? 0, target);
  return { kind: 'change', change: vsPrevious.change, gapNow: null, gapThen: null, crossesTarget };
}

/**
 * A measure that builds up: where it stands against the trajectory for its month, against where it stood for the
 * previous period's month (the year-end target when that was a whole year). An assumed straight line is only a
 * stand-in for a profile, so crossing it is not counted as crossing a target; crossing a given path is.
 */
function buildUp(summary: MeasureSummary): Step | null {
  const { measure, judgedAgainst, previous, current, family, target } = summary;
  if (judgedAgainst?.kind !== 'trajectory' || current.value === null || previous.value.value === null) return null;
  const month = figureMonth(previous.period, previous.value);
  const yearEnd = resolveTarget(measure, family, previous.period.financialYear)?.value ?? target?.value;
  const then = month && yearEnd !== undefined ? trajectoryAt(measure, month, previous.period.financialYear, yearEnd) : null;
  if (!then) return null;
  const decimals = decimalsFor(measure.unit);
  const gapNow = roundTo(current.value - judgedAgainst.value, decimals);
  const gapThen = roundTo(previous.value.value - then.value, decimals);
  const crossesTarget = !judgedAgainst.assumed && !then.assumed && gapNow >= 0 !== gapThen >= 0;
  return { kind: 'build-up', change: roundTo(gapNow - gapThen, decimals), gapNow, gapThen, crossesTarget };
}

function meets(polarity: 'higher-is-better' | 'lower-is-better', value: number, target: number): boolean {
  return polarity === 'higher-is-better' ? value >= target : value <= target;
}

/** Figures that add months up (a quarter's referrals, a year's total) rather than stand at a point or average them. */
function sums({ measure, current }: MeasureSummary): boolean {
  return current.method === 'sum' || (measure.basis === 'year-to-date' && measure.unit !== 'percent');
}

/**
 * Counts under 10 either side (3 SGOs after 1) are left out whatever their history: a few months of 1s and 3s give
 * a usual variation so small that chance looks like a shift. A percentage of a few children is the same: CSC 186
 * went from 0 of 65 to 3 of 80 (0% to 3.8%), so where the data gives numerators, they count.
 */
const SMALL_COUNT = 10;

function isSmallCount({ measure, current, previous }: MeasureSummary): boolean {
  const [now, then] =
    measure.unit === 'count' ? [current.value, previous.value.value] : measure.unit === 'percent' ? [current.numerator, previous.value.numerator] : [null, null];
  if (now === null || then === null) return false;
  return Math.max(Math.abs(now), Math.abs(then)) < SMALL_COUNT;
}
