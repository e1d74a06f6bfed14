import type { DataIssue } from '../contract/describe-issues';
import { MAX_REPORTED_ISSUES } from '../contract/limits';

/** A problem in a CSV file, at the spreadsheet row (the header is row 1) and column where the analyst can fix it. */
export type CsvIssue = { row: number | null; column: string | null; message: string };

export type CellRef = { row: number | null; column: string | null };

/** Collects every problem, not just the first, up to a cap that keeps a broken 5 MB file from flooding the page. */
export class IssueList {
  readonly issues: CsvIssue[] = [];
  private keys = new Set<string>();
  private cells = new Set<string>();
  private dropped = 0;

  add(row: number | null, column: string | null, message: string): void {
    const key = `${row}|${column}|${message}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.cells.add(`${row}|${column}`);
    if (this.issues.length >= MAX_REPORTED_ISSUES) this.dropped++;
    else this.issues.push({ row, column, message });
  }

  hasIssueAt(row: number | null, column: string | null): boolean {
    return this.cells.has(`${row}|${column}`);
  }

  get count(): number {
    return this.issues.length + this.dropped;
  }

  /** Sorted top to bottom, as the analyst will work through the sheet; a note at the end when some were left out. */
  sorted(): CsvIssue[] {
    const rows = [...this.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (this.dropped > 0) rows.push({ row: null, column: null, message: `…and ${this.dropped} more problems not listed` });
    return rows;
  }
}

/** "Row 14, column value", "Row 3", "Column authority", or "File" for problems with the whole file. */
export function describeCsvLocation({ row, column }: CellRef): string {
  if (row !== null && column !== null) return `Row ${row}, column ${column}`;
  if (row !== null) return `Row ${row}`;
  if (column !== null) return `Column ${column}`;
  return 'File';
}

export function toDataIssues(issues: CsvIssue[]): DataIssue[] {
  return issues.map((issue) => ({ path: describeCsvLocation(issue), message: issue.message }));
}
