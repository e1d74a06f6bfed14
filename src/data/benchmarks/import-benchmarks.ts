import type { Benchmarks } from '../../domain/benchmarks';
import { benchmarkMappingSchema } from './benchmark-mapping';
import { buildBenchmarks } from './build-benchmarks';
import { readEesFile, type EesIssue } from './read-ees-file';
import { formatPath } from '../contract/describe-issues';

export type BenchmarkImport = { ok: true; benchmarks: Benchmarks; warnings: string[] } | { ok: false; issues: EesIssue[] };

/**
 * Published EES files plus a mapping -> the benchmarks part of data contract v1, or every problem with its file,
 * row and column. Pure: the command (scripts/import-benchmarks.ts) reads and writes the files.
 * `authority` (--la) overrides the mapping's.
 */
export function importBenchmarks(files: { path: string; text: string }[], mappingJson: unknown, authority?: string): BenchmarkImport {
  const mapping = benchmarkMappingSchema.safeParse(mappingJson);
  if (!mapping.success)
    return { ok: false, issues: mapping.error.issues.map((i) => ({ file: 'mapping', row: null, column: formatPath(i.path) || null, message: i.message })) };
  const name = authority ?? mapping.data.authority;
  if (!name) return { ok: false, issues: [{ file: 'mapping', row: null, column: 'authority', message: 'name this authority: --la "Darlington" or "authority" in the mapping' }] };
  const sourceIds = new Set(mapping.data.sources.map((s) => s.id));
  const unknown = mapping.data.measures.flatMap((m, i) =>
    sourceIds.has(m.source) ? [] : [{ file: 'mapping', row: null, column: `measures[${i}].source`, message: `unknown source "${m.source}"` }],
  );
  if (unknown.length > 0) return { ok: false, issues: unknown };

  const read = files.map((file) => readEesFile(file.path, file.text, mapping.data));
  const issues = read.flatMap((r) => r.issues);
  if (issues.length > 0) return { ok: false, issues };
  const built = buildBenchmarks(read.flatMap((r) => r.observations), mapping.data, name);
  if (built.issues.length > 0) return { ok: false, issues: built.issues };
  return { ok: true, benchmarks: built.benchmarks, warnings: built.warnings };
}

/** "cin.csv row 14, column rereferrals_percent: ..." */
export function describeEesIssue({ file, row, column, message }: EesIssue): string {
  const where = [file, row !== null ? `row ${row}` : null, column !== null ? `column ${column}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${message}` : message;
}
