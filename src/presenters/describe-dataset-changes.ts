import type { AnnualPoint, Dataset, Measure, MonthlyPoint } from '../domain/indicators';
import { formatDate } from './format';
import { formatLongMonth } from '../domain/calendar';
import { joinLongMonths, joinWords } from './words';

/**
 * What a manager needs to hear when the feed changes under them, newest news first:
 * "October 2023 figures added", "3 figures revised", "2 measures added". Empty when nothing changed.
 */
export function describeDatasetChanges(previous: Dataset, next: Dataset): string[] {
  if (JSON.stringify(previous) === JSON.stringify(next)) return [];
  // Whose figures these are, for which year and as at when come first: a feed swapped for another authority's, or
  // for an older extract, must never pass as "details updated".
  const notes = describeIdentityChanges(previous, next);

  const newMonths = difference(monthsWithFigures(next), monthsWithFigures(previous)).sort();
  if (newMonths.length > 3) notes.push(`${newMonths.length} months of figures added (${formatLongMonth(newMonths[0]!)} to ${formatLongMonth(newMonths.at(-1)!)})`);
  else if (newMonths.length > 0) notes.push(`${joinLongMonths(newMonths)} figures added`);
  const newYears = difference(yearsWithFigures(next), yearsWithFigures(previous)).sort();
  if (newYears.length > 0) notes.push(`${joinWords(newYears)} annual figures added`);

  const previousById = new Map(previous.measures.map((m) => [m.id, m]));
  const nextIds = new Set(next.measures.map((m) => m.id));
  const added = next.measures.filter((m) => !previousById.has(m.id)).length;
  const removed = previous.measures.filter((m) => !nextIds.has(m.id)).length;

  let revised = 0;
  let filledIn = 0;
  let targets = 0;
  let redefined = 0;
  const newPeriods = new Set([...newMonths, ...newYears]);
  for (const measure of next.measures) {
    const before = previousById.get(measure.id);
    if (!before) continue;
    if (before.target !== measure.target) targets++;
    if (DEFINING_FIELDS.some((field) => before[field] !== measure[field])) redefined++;
    const counts = comparePoints(before, measure, newPeriods);
    revised += counts.revised;
    filledIn += counts.filledIn;
  }
  if (filledIn > 0) notes.push(`${plural(filledIn, 'figure')} added for earlier periods`);
  if (revised > 0) notes.push(`${plural(revised, 'figure')} revised`);
  if (targets > 0) notes.push(`${plural(targets, 'target')} changed`);
  if (redefined > 0) notes.push(`${plural(redefined, 'measure')} redefined (title, unit, basis or which way is better)`);
  if (added > 0) notes.push(`${plural(added, 'measure')} added`);
  if (removed > 0) notes.push(`${plural(removed, 'measure')} removed`);
  if (notes.length === 0 && next.reportingPeriod.asAt > previous.reportingPeriod.asAt)
    notes.push(`Data now as at ${formatDate(next.reportingPeriod.asAt)}`);
  if (notes.length === 0) notes.push('Commentary or details updated');
  return notes;
}

const DEFINING_FIELDS = ['title', 'unit', 'polarity', 'basis'] as const satisfies readonly (keyof Measure)[];

function describeIdentityChanges(previous: Dataset, next: Dataset): string[] {
  const notes: string[] = [];
  if (previous.authority.name !== next.authority.name)
    notes.push(`The authority changed: these are ${next.authority.name}'s figures, no longer ${previous.authority.name}'s`);
  const [before, after] = [previous.reportingPeriod, next.reportingPeriod];
  if (before.financialYear !== after.financialYear) notes.push(`The reporting year changed from ${before.financialYear} to ${after.financialYear}`);
  if (after.asAt < before.asAt)
    notes.push(`Older data: now as at ${formatDate(after.asAt)}, before the ${formatDate(before.asAt)} figures shown until now`);
  return notes;
}

type Point = Pick<MonthlyPoint, 'value' | 'numerator' | 'denominator'>;

function comparePoints(before: Measure, after: Measure, newPeriods: Set<string>) {
  let revised = 0;
  let filledIn = 0;
  const pairs: [Map<string, Point>, [string, Point][]][] = [
    [new Map(before.monthly.map((p) => [p.month, p])), after.monthly.map((p) => [p.month, p])],
    [new Map(before.annual.map((p) => [p.year, p])), after.annual.map((p: AnnualPoint) => [p.year, p])],
  ];
  for (const [oldPoints, newPoints] of pairs) {
    for (const [period, point] of newPoints) {
      const old = oldPoints.get(period);
      if (old && hasFigure(old)) {
        if (!samePoint(old, point)) revised++;
      } else if (hasFigure(point) && !newPeriods.has(period)) filledIn++;
    }
  }
  return { revised, filledIn };
}

function hasFigure(point: Point): boolean {
  return point.value !== null || point.numerator != null || point.denominator != null;
}

function samePoint(a: Point, b: Point): boolean {
  return a.value === b.value && (a.numerator ?? null) === (b.numerator ?? null) && (a.denominator ?? null) === (b.denominator ?? null);
}

function monthsWithFigures(dataset: Dataset): Set<string> {
  return new Set(dataset.measures.flatMap((m) => m.monthly.filter(hasFigure).map((p) => p.month)));
}

function yearsWithFigures(dataset: Dataset): Set<string> {
  return new Set(dataset.measures.flatMap((m) => m.annual.filter(hasFigure).map((p) => p.year)));
}

function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((item) => !b.has(item));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
