import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '../../src/data/contract/indicator-schema';

/** Runs `npm run convert -- ...` as a pipeline would (through tsx, without npm's banner). */
function convert(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/convert.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run convert', () => {
  it('writes data contract v1 JSON to stdout for a good CSV', () => {
    const { status, stdout, stderr } = convert('tests/fixtures/import/good.csv', '--authority', 'Darlington Borough Council', '--quarter', 'Q3');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const dataset = datasetSchema.parse(JSON.parse(stdout));
    expect(dataset.authority.name).toBe('Darlington Borough Council');
    expect(dataset.reportingPeriod).toEqual({ financialYear: '2023/24', quarter: 3, asAt: '2023-10-31' });
    expect(dataset.measures.map((m) => m.code)).toEqual(['CSC 022', 'CSC 002', 'CSC 178']);
  }, 20_000);

  it('prints every problem with its row and column to stderr, nothing to stdout, and exits 1', () => {
    const { status, stdout, stderr } = convert('tests/fixtures/import/bad.csv', '--authority', 'Darlington Borough Council');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('tests/fixtures/import/bad.csv does not match the CSV format: 9 problems. Fix them and import the file again.');
    expect(lines.slice(1)).toHaveLength(9);
    expect(lines[1]).toBe('  Row 2, column value: a percentage must be between 0 and 100 (got 182.4)');
    expect(lines.at(-1)).toBe('  Row 8, column value: "NaN" is not a finite number: leave the cell blank for no figure');
  }, 20_000);

  it('refuses a file over the shared limit with the same words as the dashboard and the validator', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'convert-')), 'huge.csv');
    writeFileSync(file, Buffer.alloc(26 * 1024 * 1024, 'a'));
    const { status, stdout, stderr } = convert(file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file} is too large (26.0 MB): files over 25.0 MB are refused. Split it, or leave out years the dashboard does not need.\n`);
  }, 20_000);

  it('explains a missing authority, a bad flag and a missing file', () => {
    expect(convert('tests/fixtures/import/good.csv').stderr).toContain('Column authority: no authority name: add an authority column (or use --authority with npm run convert)');
    expect(convert('tests/fixtures/import/good.csv', '--quarter', '5')).toMatchObject({ status: 1, stderr: '--quarter must be 1 to 4 (got "5")\n' });
    const missing = convert('no-such-file.csv');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Cannot read no-such-file\.csv: ENOENT/);
    expect(convert()).toMatchObject({ status: 1 });
  }, 30_000);
});
