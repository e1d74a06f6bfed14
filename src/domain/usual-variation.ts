import { readPointValue } from './aggregate-period';
import type { Measure } from './indicators';
import { decimalsFor } from './numbers';
import { financialYearOfMonth, shiftMonth } from './period';
import { ownTargetFor, trajectoryAt } from './targets';

/**
 * How much a measure usually moves from one month to the next: the mean moving range of its monthly series, as in
 * an XmR chart. A change is only news when it is large beside this, whatever the unit: 2 more children on a plan
 * is noise for a count that swings by 15 a month, while 2 pp on a steady percentage is not.
 *
 * The series is taken as it would move without anything happening:
 * - a measure that builds up towards its target (`buildsUp`) by its distance from the trajectory, so the climb
 *   from 4% in April to 54% in September is not read as variation;
 * - a running total (a year-to-date count or rate) by its monthly increments, which is what varies month to month.
 * Only neighbouring months make a range. Without two ranges, the year-on-year moving range of the annual figures
 * stands in; without that either, null: the measure has no usual variation to judge a change against.
 */
export function measureUsualVariation(measure: Measure): number | null {
  const monthly = meanMovingRange(monthlySeries(measure), 1);
  const variation = monthly ?? meanMovingRange(annualSeries(measure), 12);
  // A perfectly flat history would make any change infinitely large: half a displayed unit is the floor.
  return variation === null ? null : Math.max(variation, 0.5 / 10 ** decimalsFor(measure.unit));
}

type Point = { month: string; value: number };

function monthlySeries(measure: Measure): Point[] {
  const points = measure.monthly
    .flatMap((p) => {
      const value = readPointValue(p, measure.unit);
      return value === null ? [] : [{ month: p.month, value }];
    })
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (measure.buildsUp) return points.flatMap((p) => gapToTrajectory(measure, p));
  if (measure.basis === 'year-to-date' && measure.unit !== 'percent') return increments(points);
  return points;
}

function gapToTrajectory(measure: Measure, point: Point): Point[] {
  const year = financialYearOfMonth(point.month);
  const target = ownTargetFor(measure, year);
  const trajectory = target ? trajectoryAt(measure, point.month, year, target.value) : null;
  return trajectory ? [{ month: point.month, value: point.value - trajectory.value }] : [];
}

/** A running total's monthly additions; April starts a new year, so its figure is its own addition. */
function increments(points: Point[]): Point[] {
  return points.flatMap((point, i) => {
    if (point.month.endsWith('-04')) return [point];
    const before = points[i - 1];
    return before && shiftMonth(before.month, 1) === point.month ? [{ month: point.month, value: point.value - before.value }] : [];
  });
}

/** Annual figures as points a year apart (dated to the March that ends each year), for the fallback. */
function annualSeries(measure: Measure): Point[] {
  return measure.annual
    .flatMap((p) => {
      const value = p.repeatsMonth ? null : readPointValue(p, measure.unit);
      return value === null ? [] : [{ month: `${Number(p.year.slice(0, 4)) + 1}-03`, value }];
    })
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

function meanMovingRange(points: Point[], step: number): number | null {
  let total = 0;
  let count = 0;
  for (let i = 1; i < points.length; i++) {
    const [before, after] = [points[i - 1], points[i]];
    if (!before || !after || shiftMonth(before.month, step) !== after.month) continue;
    total += Math.abs(after.value - before.value);
    count++;
  }
  return count >= 2 ? total / count : null;
}
