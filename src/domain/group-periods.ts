import type { Period } from './period';

export type PeriodGroup = { label: string; periods: Period[] };

const LABELS = { month: 'Months', quarter: 'Quarters', year: 'Financial years' } as const;

/** Months, then quarters, then financial years, each kept in the order given; empty kinds are left out. */
export function groupPeriods(periods: readonly Period[]): PeriodGroup[] {
  return (['month', 'quarter', 'year'] as const)
    .map((kind) => ({ label: LABELS[kind], periods: periods.filter((p) => p.kind === kind) }))
    .filter((group) => group.periods.length > 0);
}
