import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '../../src/data/contract/indicator-schema';
import { benchmarksSchema } from '../../src/data/contract/benchmark-schema';
import { generateDemoDataset } from '../../scripts/generate-demo-dataset';

const EXAMPLE = 'docs/examples/benchmarks';
const FILES = [`${EXAMPLE}/synthetic_children_in_need.csv`, `${EXAMPLE}/synthetic_care_leavers.csv`];

/** Runs `npm run -s benchmarks -- ...` as a pipeline would (through tsx, without npm's banner). */
function benchmarks(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import-benchmarks.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run benchmarks', () => {
  it('writes the benchmarks part to standard output, with warnings on standard error', () => {
    const { status, stdout, stderr } = benchmarks(...FILES, '--mapping', `${EXAMPLE}/synthetic-mapping.json`);
    expect(status).toBe(0);
    const parsed = benchmarksSchema.parse((JSON.parse(stdout) as { benchmarks: unknown }).benchmarks);
    expect(parsed.authority).toEqual({ name: 'Demo Borough (synthetic)', code: 'Z99000000' });
    expect(new Set(parsed.series.map((s) => s.measure))).toEqual(new Set(['demo-re-referrals', 'demo-assessments-45-days', 'demo-referrals-1-day', 'demo-care-leavers-neet']));
    expect(stderr).toBe('');
  }, 30_000);

  it('merges into an indicator file with --into, writes --out, and the result is valid contract v1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'benchmarks-'));
    writeFileSync(join(dir, 'indicators.json'), JSON.stringify(generateDemoDataset()));
    const out = join(dir, 'with-benchmarks.json');
    const { status, stdout, stderr } = benchmarks(...FILES, '--mapping', `${EXAMPLE}/synthetic-mapping.json`, '--la', 'Z99000000', '--into', join(dir, 'indicators.json'), '--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Wrote ${out}: 612 series for 4 measure(s).\n`);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset.measures).toHaveLength(11);
    expect(dataset.benchmarks?.series.find((s) => s.measure === 'demo-re-referrals' && s.area.kind === 'england')?.points.at(-1)).toEqual({ period: '2022/23', value: 21.2 });
  }, 30_000);

  it('refuses a mapping whose measures the indicator file lacks, naming the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'benchmarks-'));
    const dataset = generateDemoDataset();
    writeFileSync(join(dir, 'indicators.json'), JSON.stringify({ ...dataset, measures: dataset.measures.filter((m) => m.id !== 'demo-care-leavers-neet') }));
    const { status, stdout, stderr } = benchmarks(...FILES, '--mapping', `${EXAMPLE}/synthetic-mapping.json`, '--into', join(dir, 'indicators.json'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('The merged file does not match data contract v1');
    expect(stderr).toMatch(/benchmarks\.series\[\d+\]\.measure: unknown measure "demo-care-leavers-neet"/);
  }, 30_000);

  it('prints every problem in a bad file with its file, row and column, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'benchmarks-'));
    const text = readFileSync(FILES[0]!, 'utf8').split('\n');
    text[3] = text[3]!.replace(/,Total,([\d.]+),/, ',Total,#N/A,');
    writeFileSync(join(dir, 'synthetic_children_in_need.csv'), text.join('\n'));
    const { status, stdout, stderr } = benchmarks(join(dir, 'synthetic_children_in_need.csv'), FILES[1]!, '--mapping', `${EXAMPLE}/synthetic-mapping.json`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'The benchmarks could not be imported: 1 problem(s).\n' +
        '  synthetic_children_in_need.csv, row 4, column referral_1_day_percent: "#N/A" is neither a number nor a GSS symbol (c, x, z, low, u, k, or blank)\n',
    );
  }, 30_000);

  it('explains its usage and a missing file', () => {
    expect(benchmarks()).toMatchObject({ status: 1, stderr: expect.stringContaining('Usage: npm run -s benchmarks --') });
    expect(benchmarks('nope.csv', '--mapping', 'nope.json')).toMatchObject({ status: 1, stderr: expect.stringContaining('Cannot read the input') });
  }, 30_000);
});
