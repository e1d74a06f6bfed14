/**
 * Reads Stryker's JSON report (reports/mutation/mutation.json, written by `npm run test:mutation`) and prints the
 * mutation score per file and overall, then writes it to bench/RESULTS.md. Score as Stryker counts it: mutants
 * killed or timed out, over all valid mutants (survivors and mutants no test reaches count against it).
 */
import { readFileSync } from 'node:fs';
import { describeMachine, today } from './lib/machine';
import { formatTable, writeResultsSection } from './lib/results';

const REPORT = 'reports/mutation/mutation.json';
const GOAL = 85;

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
type Report = { files: Record<string, { mutants: { status: MutantStatus }[] }> };

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
type Counts = { killed: number; survived: number; noCoverage: number; timeout: number; errors: number; ignored: number };
const empty = (): Counts => ({ killed: 0, survived: 0, noCoverage: 0, timeout: 0, errors: 0, ignored: 0 });

const perFile = Object.entries(report.files)
  .map(([file, { mutants }]) => {
    const counts = empty();
    for (const { status } of mutants) add(counts, status);
    return { file, counts };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
const total = perFile.reduce((sum, { counts }) => {
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] += counts[key];
  return sum;
}, empty());

const row = (name: string, c: Counts) => [name, score(c), String(c.killed), String(c.timeout), String(c.survived), String(c.noCoverage)];
const table = formatTable(
  ['file', 'score', 'killed', 'timed out', 'survived', 'no coverage'],
  [...perFile.map(({ file, counts }) => row(file, counts)), row('all files', total)],
);
const overall = scoreOf(total);
const body = `${table}\n\nMutation score ${overall.toFixed(1)}% (goal at least ${GOAL}%): ${total.killed + total.timeout} of ${valid(total)} mutants detected.`;
console.log(body);
writeResultsSection(
  'test:mutation',
  `## Mutation testing of src/domain (\`npm run test:mutation\`)\n\n${today()}, ${describeMachine()}. Stryker 9.5.1, vitest runner, ` +
    `tests/domain only (bench/vitest-mutation.config.ts), perTest coverage, static mutants ignored.\n\n${body}`,
);

function add(counts: Counts, status: MutantStatus) {
  if (status === 'Killed') counts.killed++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
  else if (status === 'Timeout') counts.timeout++;
  else if (status === 'CompileError' || status === 'RuntimeError') counts.errors++;
  else counts.ignored++;
}

function valid(c: Counts): number {
  return c.killed + c.timeout + c.survived + c.noCoverage;
}

function scoreOf(c: Counts): number {
  return valid(c) === 0 ? 100 : (100 * (c.killed + c.timeout)) / valid(c);
}

function score(c: Counts): string {
  return `${scoreOf(c).toFixed(1)}%`;
}
