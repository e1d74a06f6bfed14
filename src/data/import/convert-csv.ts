import { datasetSchema } from '../contract/indicator-schema';
import type { Dataset } from '../../domain/indicators';
import { formatPath } from '../contract/describe-issues';
import { IssueList, type CellRef, type CsvIssue } from './csv-issue';
import { readSheet } from './csv-sheet';
import { collectCsvRows } from './map-csv-rows';
import { buildCsvDataset, type CsvDefaults } from './build-csv-dataset';

/** `issues` is capped (see IssueList); `total` counts every problem. */
export type CsvConversion = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; issues: CsvIssue[]; total: number };

/**
 * CSV records (header first) -> a dataset in data contract v1, or every problem with its row and column.
 * The dataset is validated by the same schema as JSON files; the schema's messages are pointed back at the
 * cells they came from. Shared by the import dialog, its worker and `npm run convert`.
 */
export function convertCsvRecords(records: string[][], defaults: CsvDefaults = {}, parseIssues: CsvIssue[] = []): CsvConversion {
  const issues = new IssueList();
  for (const issue of parseIssues) issues.add(issue.row, issue.column, issue.message);
  const sheet = readSheet(records, issues);
  if (!sheet) return { ok: false, issues: issues.sorted(), total: issues.count };

  const { dataset, sourceMap, warnings: periodWarnings } = buildCsvDataset(collectCsvRows(sheet.rows, issues), defaults, issues);
  const result = datasetSchema.safeParse(dataset);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const cell = locate(issue.path, sourceMap);
      // A cell that could not be read was reported already; the schema's complaint about its absence is noise.
      if (cell && issues.hasIssueAt(cell.row, cell.column)) continue;
      issues.add(cell?.row ?? null, cell?.column ?? null, cell ? issue.message : `${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  if (issues.count > 0 || !result.success) return { ok: false, issues: issues.sorted(), total: issues.count };
  const warnings = [...periodWarnings, ...sheet.ignoredColumns.map((column) => `The column "${column}" is not part of the format and was ignored.`)];
  return { ok: true, dataset: result.data, warnings };
}

/** The cell behind a JSON path: the longest prefix of the path that the builder recorded. */
function locate(path: readonly PropertyKey[], sourceMap: Map<string, CellRef>): CellRef | null {
  for (let length = path.length; length > 0; length--) {
    const found = sourceMap.get(formatPath(path.slice(0, length)));
    if (found) return found;
  }
  return null;
}
