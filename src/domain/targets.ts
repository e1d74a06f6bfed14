import { coverageMeasureOf, type CoverageMeasure } from './coverage';
import type { Family } from './families';
import type { Measure } from './indicators';
import { roundTo } from './numbers';
import { listMonthsOfFinancialYear, parseFinancialYear } from './period';

/**
 * Which target a measure is judged against, as the report applies it: the target for the financial year (a
 * `targets` entry, else the measure's own `target`), else the target its family prints on another version of the
 * same indicator (the ICPC table prints 95% over CSC 176 only, and the analysis applies it to CSC 178's quarter).
 * A measure that builds up through the year is judged against its trajectory for the month.
 */

export type TargetOrigin = 'own' | 'year' | 'inherited';

export type ResolvedTarget = {
  value: number;
  origin: TargetOrigin;
  /** The family member whose target this is, when inherited. */
  from: CoverageMeasure | null;
  /** Where the report states it, when the data says so. */
  source: string | null;
};

/** Where a building figure should be by the end of a month. */
export type Trajectory = {
  month: string;
  value: number;
  yearEnd: number;
  /** True for the straight line from 0 in April that stands in where the data gives no monthly path. */
  assumed: boolean;
};

/** What a figure was judged against: the year-end target, or the trajectory for its month. */
export type JudgedAgainst =
  | { kind: 'target'; value: number }
  | ({ kind: 'trajectory' } & Trajectory);

/** The measure's own target for a financial year, before any inheritance; null without one. */
export function ownTargetFor(measure: Measure, financialYear: string): ResolvedTarget | null {
  const entry = measure.targets?.find((t) => t.year === financialYear);
  if (entry) return { value: entry.value, origin: 'year', from: null, source: entry.source ?? null };
  if (measure.target === null) return null;
  return { value: measure.target, origin: 'own', from: null, source: measure.targetSource ?? null };
}

/**
 * The target for a financial year, inheriting from the family where the measure has none: only between versions
 * of one indicator (the head and its year-to-date member) with the same unit and polarity, never from a rate or
 * an "of which" count, whose target measures something else.
 */
export function resolveTarget(measure: Measure, family: Family | null, financialYear: string): ResolvedTarget | null {
  const own = ownTargetFor(measure, financialYear);
  if (own || !family || measure.polarity === 'neutral' || !isVersion(measure, family)) return own;
  for (const { measure: other } of family.members) {
    if (other === measure || !isVersion(other, family) || other.unit !== measure.unit || other.polarity !== measure.polarity) continue;
    const target = ownTargetFor(other, financialYear);
    if (target) return { value: target.value, origin: 'inherited', from: coverageMeasureOf(other), source: target.source };
  }
  return null;
}

function isVersion(measure: Measure, family: Family): boolean {
  return measure === family.head || (measure.basis === 'year-to-date' && (measure.yearToDateOf === family.head.id || measure.cumulativeOf === family.head.id));
}

/**
 * Where a measure that builds up should be by the end of `month`, towards `yearEnd`: the data's path for that month
 * where it gives one, else a straight line from 0 at the start of the financial year (7.5% by April and 45% by
 * September towards 90% by March). Null for a measure that does not build up.
 */
export function trajectoryAt(measure: Measure, month: string, financialYear: string, yearEnd: number): Trajectory | null {
  if (!measure.buildsUp) return null;
  const given = measure.targets?.find((t) => t.year === financialYear)?.path?.find((p) => p.month === month);
  if (given) return { month, value: given.value, yearEnd, assumed: false };
  const months = listMonthsOfFinancialYear(parseFinancialYear(financialYear) ?? 0);
  const index = months.indexOf(month);
  if (index < 0) return null;
  return { month, value: roundTo((yearEnd * (index + 1)) / 12, 1), yearEnd, assumed: true };
}

/** The trajectory month by month for a chart: the twelve months of the year, or none for a measure that does not build up. */
export function trajectoryPath(measure: Measure, financialYear: string, yearEnd: number): Trajectory[] {
  if (!measure.buildsUp) return [];
  return listMonthsOfFinancialYear(parseFinancialYear(financialYear) ?? 0).flatMap((month) => trajectoryAt(measure, month, financialYear, yearEnd) ?? []);
}
