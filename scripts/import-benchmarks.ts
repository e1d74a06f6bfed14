/**
 * `npm run -s benchmarks -- file.csv [more.csv] --mapping mapping.json [--la "Darlington"] [--into indicators.json]
 *   [--out benchmarks.json]`
 *
 * Reads DfE's published Explore Education Statistics files and writes the benchmarks part of data contract v1
 * (docs/benchmarks.md): on its own as `{ "benchmarks": ... }`, or with --into, merged into an indicator file and
 * checked against the whole contract. To standard output unless --out names a file. Every problem goes to standard
 * error with its file, row and column, and nothing is written (exit 1). Use `npm run -s`: without -s npm prints
 * its banner into standard output too.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeEesIssue, importBenchmarks } from '../src/data/benchmarks/import-benchmarks';
import { mergeBenchmarks } from '../src/data/benchmarks/merge-benchmarks';
import { benchmarksSchema } from '../src/data/contract/benchmark-schema';
import { decodeJson, parseDataset } from '../src/data/contract/parse-dataset';
import { MAX_FILE_BYTES, formatMegabytes } from '../src/data/contract/limits';
import { decodeFileBytes } from '../src/data/import/decode-file-bytes';

const USAGE = 'Usage: npm run -s benchmarks -- file.csv [more.csv] --mapping mapping.json [--la NAME] [--into indicators.json] [--out benchmarks.json]';

function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) throw new Error(`${path} is ${formatMegabytes(size)}; files over ${formatMegabytes(MAX_FILE_BYTES)} are refused`);
  return decodeFileBytes(readFileSync(path)).text;
}

function readJson(path: string, what: string): unknown {
  const decoded = decodeJson(readText(path));
  if (!decoded.ok) throw new Error(`${what} ${path} is not valid JSON: ${decoded.message}`);
  return decoded.json;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { mapping: { type: 'string' }, la: { type: 'string' }, into: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || !values.mapping) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }

  let files: { path: string; text: string }[];
  let mapping: unknown;
  let into: unknown;
  try {
    files = positionals.map((path) => ({ path, text: readText(path) }));
    mapping = readJson(values.mapping, 'The mapping');
    into = values.into ? readJson(values.into, 'The indicator file') : undefined;
  } catch (error) {
    console.error(`Cannot read the input: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const result = importBenchmarks(files, mapping, values.la);
  if (!result.ok) {
    console.error(`The benchmarks could not be imported: ${result.issues.length} problem(s).`);
    for (const issue of result.issues) console.error(`  ${describeEesIssue(issue)}`);
    return 1;
  }
  for (const warning of result.warnings) console.error(`warning: ${warning}`);

  let output: unknown;
  if (values.into) {
    const base = parseDataset(into);
    if (!base.ok) {
      console.error(`${values.into} does not match data contract v1: ${base.issues.length} problem(s)`);
      for (const issue of base.issues) console.error(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    const merged = parseDataset({ ...base.dataset, benchmarks: mergeBenchmarks(base.dataset.benchmarks, result.benchmarks) });
    if (!merged.ok) {
      console.error(`The merged file does not match data contract v1: ${merged.issues.length} problem(s)`);
      for (const issue of merged.issues) console.error(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    const counts = merged.dataset.measures.filter((m) => m.unit === 'count' && result.benchmarks.series.some((s) => s.measure === m.id));
    for (const measure of counts) console.error(`warning: ${measure.id} is a count: the dashboard shows benchmarks beside percentages and rates only.`);
    output = merged.dataset;
  } else {
    output = { benchmarks: benchmarksSchema.parse(result.benchmarks) };
  }

  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, json);
    console.error(`Wrote ${values.out}: ${result.benchmarks.series.length} series for ${new Set(result.benchmarks.series.map((s) => s.measure)).size} measure(s).`);
  } else process.stdout.write(json);
  return 0;
}

process.exitCode = main();
