import { readPointValue } from './aggregate-period';
import type { Measure } from './indicators';
import { decimalsFor } from './numbers';
import { financialYearOfMonth } from './period';
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
 * Only neighbouring months of the last two years make a range. Without two ranges, the year-on-year moving range of the annual figures
 * stands in; without that either, null: the measure has no usual variation to judge a change against.
 */
export function measureUsualVariation(measure: Measure): number | null {
  const monthly = meanMovingRange(monthlySeries(measure), 1);
  const variation = monthly ?? meanMovingRange(annualSeries(measure), 12);
  // A perfectly flat history would make any change infinitely large: half a displayed unit is the floor.
  return variation === null ? null : Math.max(variation, 0.5 / 10 ** decimalsFor(measure.unit));
}

/**
 * "Usual" is the last two years: how a measure moved under an old way of working says little about this year, and
 * it keeps ten years of history for 2,000 measures from costing ten times as much.
 */
const RECENT_MONTHS = 25;

/** `index` counts months (year * 12 + month), so neighbours are found by arithmetic rather than by parsing dates. */
type Point = { month: string; index: number; value: number };

function monthlySeries(measure: Measure): Point[] {
  const { monthly } = measure;
  // The data lists months in order; reading back from the end only as far as two years keeps ten years of history
  // for 2,000 measures quick. Out of order, sort a copy first.
  const ordered = monthly.every((p, i) => i === 0 || (monthly[i - 1]?.month ?? '') < p.month);
  const source = ordered ? monthly : [...monthly].sort((x, y) => (x.month < y.month ? -1 : 1));
  const recent: Point[] = [];
  for (let i = source.length - 1; i >= 0 && recent.length < RECENT_MONTHS; i--) {
    const point = source[i];
    const value = point ? readPointValue(point, measure.unit) : null;
    if (point && value !== null) recent.push({ month: point.month, index: monthIndex(point.month), value });
  }
  recent.reverse();
  if (measure.buildsUp) return recent.flatMap((p) => gapToTrajectory(measure, p));
  if (measure.basis === 'year-to-date' && measure.unit !== 'percent') return increments(recent);
  return recent;
}

function gapToTrajectory(measure: Measure, point: Point): Point[] {
  const year = financialYearOfMonth(point.month);
  const target = ownTargetFor(measure, year);
  const trajectory = target ? trajectoryAt(measure, point.month, year, target.value) : null;
  return trajectory ? [{ ...point, value: point.value - trajectory.value }] : [];
}

/** A running total's monthly additions; April starts a new year, so its figure is its own addition. */
function increments(points: Point[]): Point[] {
  return points.flatMap((point, i) => {
    if (point.month.endsWith('-04')) return [point];
    const before = points[i - 1];
    return before && before.index + 1 === point.index ? [{ ...point, value: point.value - before.value }] : [];
  });
}

/** Annual figures as points a year apart (dated to the March that ends each year), for the fallback. */
function annualSeries(measure: Measure): Point[] {
  return measure.annual
    .flatMap((p) => {
      const value = p.repeatsMonth ? null : readPointValue(p, measure.unit);
      const month = `${Number(p.year.slice(0, 4)) + 1}-03`;
      return value === null ? [] : [{ month, index: monthIndex(month), value }];
    })
    .sort((a, b) => a.index - b.index);
}

function meanMovingRange(points: Point[], step: number): number | null {
  let total = 0;
  let count = 0;
  for (let i = 1; i < points.length; i++) {
    const [before, after] = [points[i - 1], points[i]];
    if (!before || !after || before.index + step !== after.index) continue;
    total += Math.abs(after.value - before.value);
    count++;
  }
  return count >= 2 ? total / count : null;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}
