import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDataset } from '../fixtures/make-dataset';

function publish(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish-site.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function monthFile(change: (dataset: ReturnType<typeof makeDataset>) => void = () => {}) {
  const dataset = makeDataset({ title: 'October performance report' });
  dataset.reportingPeriod.asAt = '2023-10-31';
  change(dataset);
  const dir = mkdtempSync(join(tmpdir(), 'publish-site-'));
  writeFileSync(join(dir, 'indicators.json'), JSON.stringify(dataset));
  return { file: join(dir, 'indicators.json'), out: join(dir, 'site') };
}

describe('npm run publish-site', () => {
  it('refuses a file that breaks the data contract, listing every problem, and publishes nothing', () => {
    const { file, out } = monthFile((dataset) => {
      dataset.measures[0]!.monthly[0]!.value = 182.4;
    });
    const { status, stderr } = publish(file, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain('does not match data contract v1: 1 problem(s). Nothing was published.');
    expect(stderr).toContain('measures[0].monthly[0].value: a percentage must be between 0 and 100 (got 182.4)');
    expect(existsSync(out)).toBe(false);
  });

  // A whole build and the pages: the slowest test of the suite, on purpose, since it is the analyst's command.
  it('builds a site ready to upload, with every page rendered from the analyst’s file', { timeout: 240_000 }, () => {
    const { file, out } = monthFile((dataset) => {
      dataset.measures[0]!.monthly[6] = { month: '2023-10', value: 91.2 };
    });
    const { status, stdout, stderr } = publish(file, '--out', out, '--gzip');
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(stdout).toContain('is valid (data contract v1)');
    expect(stdout).toMatch(/Published 5 pages for Darlington Borough Council \(October performance report, data as at 2023-10-31\)/);

    // The file itself is the site's data, and every page holds its figures before any script runs.
    expect(readFileSync(join(out, 'data/indicators.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    const overview = readFileSync(join(out, 'index.html'), 'utf8');
    expect(overview).toContain('October performance report');
    expect(overview).toContain('91.2%');
    expect(overview).toContain('"asAt":"2023-10-31"');
    expect(readFileSync(join(out, 'measure/csc-022.html'), 'utf8')).toContain('CSC 022: Monthly % of referrals completed within 1 working day');
    for (const page of ['measure/csc-026.html', 'measure/csc-201.html', 'data-checks.html', 'index.html.gz', 'data/indicators.json.gz'])
      expect(existsSync(join(out, page)), page).toBe(true);
    // Nothing of the build's workings goes up with it.
    expect(existsSync(join(out, '.vite'))).toBe(false);
  });
});
