import type { IssueList } from './csv-issue';
import type { Claims } from './csv-claims';
import { cleanCell, quoteCell, readBoolean, readNumber, readPeriod, type CellResult, type PeriodCell } from './csv-cells';

/**
 * The optional columns of issue 14 in the CSV long format (docs/csv-format.md): family links, flags and the
 * target's source once per measure; a year's target, a month's trajectory, an Annual Trend cell that repeats a
 * month, and figures the report states, on the rows they belong to.
 */

export const EXTENSION_MEASURE_COLUMNS = ['year_to_date_of', 'rate_of', 'unreliable', 'points_cover', 'builds_up', 'target_source'] as const;
export const EXTENSION_POINT_COLUMNS = ['year_target', 'trajectory', 'repeats_month', 'stated_period', 'stated_value', 'stated_source'] as const;

export type ExtensionDraft = {
  yearTargets: Map<string, { value: number; row: number }>;
  /** Trajectory points by financial year, then month. */
  paths: Map<string, Map<string, number>>;
  repeats: Map<string, string>;
  stated: Map<string, { value: number; source: string; row: number }>;
};

export function emptyExtensionDraft(): ExtensionDraft {
  return { yearTargets: new Map(), paths: new Map(), repeats: new Map(), stated: new Map() };
}

type Reader = <T>(column: string, reader: (cell: string) => CellResult<T>) => T | null;

/** One row's extension cells; `period` is the row's own period as read from its period column. */
export function readExtensionCells(
  row: number,
  claims: Claims,
  draft: ExtensionDraft,
  text: (column: string) => string | null,
  read: Reader,
  issues: IssueList,
  period: { kind: 'month'; month: string } | { kind: 'year'; year: string } | null,
): void {
  for (const column of ['year_to_date_of', 'rate_of', 'unreliable', 'target_source'] as const) claims.offer(column, text(column), row);
  const cover = text('points_cover');
  if (cover !== null && cover.toLowerCase() !== 'quarter') issues.add(row, 'points_cover', `${quoteCell(cover)} is not understood: write "quarter" or leave it blank`);
  else claims.offer('points_cover', cover?.toLowerCase() ?? null, row);
  claims.offer('builds_up', read('builds_up', readBoolean), row);

  const number = (column: string) => read(column, readNumber)?.number ?? null;
  const yearTarget = number('year_target');
  if (yearTarget !== null) {
    if (period?.kind === 'year') draft.yearTargets.set(period.year, { value: yearTarget, row });
    else issues.add(row, 'year_target', "a year's target goes on that year's row (period \"2023/24\")");
  }
  const trajectory = number('trajectory');
  if (trajectory !== null) {
    if (period?.kind === 'month') {
      const year = financialYearOf(period.month);
      const path = draft.paths.get(year) ?? new Map<string, number>();
      path.set(period.month, trajectory);
      draft.paths.set(year, path);
    } else issues.add(row, 'trajectory', 'a trajectory point goes on its month\'s row (period "2023-09")');
  }
  const repeats = read<PeriodCell | null>('repeats_month', (cell) => (cleanCell(cell) === '' ? { ok: true, value: null } : readPeriod(cell)));
  if (repeats) {
    if (repeats.kind === 'month' && period?.kind === 'year') draft.repeats.set(period.year, repeats.month);
    else issues.add(row, 'repeats_month', 'repeats_month names a month ("2023-09") on a year\'s row');
  }
  readStated(row, draft, text, number, issues);
}

function readStated(row: number, draft: ExtensionDraft, text: (column: string) => string | null, number: (column: string) => number | null, issues: IssueList) {
  const key = text('stated_period');
  const value = number('stated_value');
  const source = text('stated_source');
  if (key === null && value === null && source === null) return;
  const quarter = key === null ? null : readQuarterKey(key);
  if (!quarter) issues.add(row, 'stated_period', 'a stated figure needs its quarter or year, like "2023-24-Q2", "Q2 2023/24" or "2023/24"');
  else if (value === null) issues.add(row, 'stated_value', `the stated figure for ${key} has no value`);
  else if (source === null) issues.add(row, 'stated_source', `say where the report states ${value} (e.g. "Performance Summary: Referrals")`);
  else draft.stated.set(quarter, { value, source, row });
}

/** "2023-24-Q2", "Q2 2023/24", "2023/24" or "2023-24" as the key links use; null for anything else. */
function readQuarterKey(raw: string): string | null {
  const text = raw.trim();
  let match = /^(\d{4})-(\d{2})(-Q[1-4])?$/i.exec(text);
  if (match) return `${match[1]}-${match[2]}${(match[3] ?? '').toUpperCase()}`;
  match = /^(?:Q([1-4])\s+)?(\d{4})\/(\d{2})$/i.exec(text);
  if (match) return `${match[2]}-${match[3]}${match[1] ? `-Q${match[1]}` : ''}`;
  return null;
}

/** The measure's extension fields, for the built dataset (only those given). */
export function buildExtensionFields(claims: Claims, draft: ExtensionDraft): Record<string, unknown> {
  const built: Record<string, unknown> = {};
  const fields = [
    ['yearToDateOf', 'year_to_date_of'],
    ['rateOf', 'rate_of'],
    ['unreliable', 'unreliable'],
    ['pointsCover', 'points_cover'],
    ['buildsUp', 'builds_up'],
    ['targetSource', 'target_source'],
  ] as const;
  for (const [field, column] of fields) {
    const value = claims.value(column);
    if (value !== undefined && value !== null) built[field] = value;
  }
  if (draft.stated.size > 0) built.statedFigures = [...draft.stated].map(([period, { value, source }]) => ({ period, value, source }));
  const years = [...new Set([...draft.yearTargets.keys(), ...draft.paths.keys()])].sort();
  if (years.length > 0)
    built.targets = years.flatMap((year) => {
      const value = draft.yearTargets.get(year)?.value;
      const path = draft.paths.get(year);
      // A trajectory needs the year's end: its own year_target row, else the measure's target (filled in by the caller).
      const entry: Record<string, unknown> = { year, value: value ?? null };
      if (path) entry.path = [...path].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, value: v }));
      return [entry];
    });
  return built;
}

function financialYearOf(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const start = monthNumber >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
