import { REQUIRED_COLUMNS, isKnownColumn, normaliseHeader } from './csv-columns';
import { cleanCell } from './csv-cells';
import type { IssueList } from './csv-issue';

/** One data row of the sheet: its spreadsheet row number and its cells by (normalised) column name. */
export type SheetRow = { row: number; cells: Map<string, string> };

export type Sheet = { columns: string[]; rows: SheetRow[]; ignoredColumns: string[] };

/**
 * Splits parsed CSV records into a header and rows. Row numbers are the spreadsheet's (header = row 1), so
 * blank lines are skipped without renumbering. Returns null when the header is unusable.
 */
export function readSheet(records: string[][], issues: IssueList): Sheet | null {
  const headerIndex = records.findIndex((record) => record.some((cell) => cleanCell(cell) !== ''));
  if (headerIndex < 0) {
    issues.add(null, null, 'the file is empty: the first row must be the column headings');
    return null;
  }
  const headerRow = headerIndex + 1;
  const columns = (records[headerIndex] ?? []).map(normaliseHeader);
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === '') return;
    if (seen.has(column)) issues.add(headerRow, column, `the column "${column}" appears more than once (again in column ${i + 1})`);
    seen.add(column);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  for (const column of missing) issues.add(headerRow, null, `the column "${column}" is missing from the headings`);
  if (missing.length === REQUIRED_COLUMNS.length) {
    issues.add(headerRow, null, 'the first row must be the column headings (see docs/csv-format.md); is this the right file?');
    return null;
  }
  if (missing.length > 0) return null;

  const ignoredColumns = [...seen].filter((column) => !isKnownColumn(column));
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index] ?? [];
    const row = index + 1;
    if (record.every((cell) => cleanCell(cell) === '')) continue;
    const extra = record.slice(columns.length).filter((cell) => cleanCell(cell) !== '');
    if (extra.length > 0)
      issues.add(row, null, `the row has ${record.length} cells but there are ${columns.length} headings: is there an unquoted comma, e.g. 1,650 without quotes?`);
    const cells = new Map<string, string>();
    columns.forEach((column, i) => {
      if (column !== '' && isKnownColumn(column)) cells.set(column, record[i] ?? '');
    });
    rows.push({ row, cells });
  }
  if (rows.length === 0) issues.add(null, null, 'the file has headings but no rows of figures');
  return { columns, rows, ignoredColumns };
}
