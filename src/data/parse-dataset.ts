import { datasetSchema, type Dataset } from './indicator-schema';
import { describeIssues, type DataIssue } from './describe-issues';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** Validates already-decoded JSON against data contract v1, reporting every problem at once. */
export function parseDataset(json: unknown): ParseResult {
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, issues: describeIssues(result.error.issues) };
}

/** Decodes JSON text; a syntax error becomes one issue with the parser's own position. */
export function decodeJson(text: string): { ok: true; json: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
