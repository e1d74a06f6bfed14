import type { Dataset } from '../../domain/indicators';
import { parseDataset } from '../contract/parse-dataset';
import { mergeBenchmarks } from './merge-benchmarks';
import { benchmarksSchema } from '../contract/benchmark-schema';
import { describeIssues, type DataIssue } from '../contract/describe-issues';

/** The import pipeline's result for such a file (the same shape as its ImportResult, which this module must not import). */
export type BenchmarksImportResult =
  | { ok: true; fileName: string; format: 'json'; dataset: Dataset; warnings: string[] }
  | { ok: false; fileName: string; format: 'json'; message: string; issues: DataIssue[] };

/** `{ "benchmarks": ... }` and nothing of an indicator file: what `npm run benchmarks` writes without --into. */
export function isBenchmarksOnly(json: unknown): json is { benchmarks: unknown } {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'benchmarks' in json && !('schemaVersion' in json) && !('measures' in json);
}

/**
 * A file of benchmarks alone is added to the data on screen, as `npm run benchmarks --into` would add it, and the
 * result checked against the whole contract: every series must name a measure of that data.
 */
export function addBenchmarks(json: { benchmarks: unknown }, fileName: string, onScreen: Dataset | undefined): BenchmarksImportResult {
  const fail = (message: string, issues: DataIssue[] = []): BenchmarksImportResult => ({ ok: false, fileName, format: 'json', message, issues });
  if (!onScreen) return fail(`${fileName} holds benchmarks only: open the indicator data they belong to first, then import this file.`);
  const shape = benchmarksSchema.safeParse(json.benchmarks);
  if (!shape.success) {
    const issues = describeIssues(shape.error.issues).map((issue) => ({ ...issue, path: `benchmarks.${issue.path}` }));
    return fail(`${fileName} does not match the benchmarks part of data contract v1: ${issues.length} problem(s).`, issues);
  }
  const merged = parseDataset({ ...onScreen, benchmarks: mergeBenchmarks(onScreen.benchmarks, shape.data) });
  if (!merged.ok)
    return fail(`${fileName} does not fit the data on screen (${onScreen.authority.name}): ${merged.issues.length} problem(s). Fix the mapping's measure ids, or import the indicator data first.`, merged.issues);
  const measures = new Set(shape.data.series.map((s) => s.measure)).size;
  return {
    ok: true,
    fileName,
    format: 'json',
    dataset: merged.dataset,
    warnings: [`Benchmarks for ${measures} measure${measures === 1 ? '' : 's'} were added to the data on screen (${onScreen.authority.name}).`],
  };
}
