import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runValidate(file: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  it('summarises the bundled report and prints its known warnings', () => {
    const { status, stdout } = runValidate('public/data/indicators.json');
    expect(status).toBe(0);
    expect(stdout).toContain('public/data/indicators.json is valid (data contract v1)');
    expect(stdout).toMatch(/23 sections, 74 measures/);
    expect(stdout).toMatch(/\s14\s+Front door and early help/);
    expect(stdout).toContain('Months with figures: 2023-04 to 2023-09 (6 months)');
    expect(stdout).toContain('CSC 208b');
    // Families, inherited targets and stated figures the dashboard will use.
    expect(stdout).toContain('Families: 16 (each shown as one tile)');
    expect(stdout).toContain('  CSC 040, CSC 038; year figure from CSC 038');
    expect(stdout).toContain('  csc-252a-15-days, csc-252b-15-days; no year figure (csc-252b-15-days is unreliable)');
    expect(stdout).toContain('  CSC 178: 95 from CSC 176');
    expect(stdout).toContain('Judged against a trajectory: 4 (CSC 250, cic-review-health-check-ytd, CSC 251, cic-dental-check-ytd)');
    expect(stdout).toContain('  CSC 022 2023-24-Q2: 78 (Performance Summary (Referrals) and the Referrals: timeliness analysis)');
    expect(stdout).toMatch(/source: \[child-protection-plans \/ csc-182 \/ 2023-09\] .*slight decrease/);
  });

  it('lists every error with its JSON path and exits 1', () => {
    const dataset = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as {
      measures: { id: string; section: string; monthly: { value: number | null }[] }[];
    };
    dataset.measures[0]!.monthly[0]!.value = 182.4;
    dataset.measures[1]!.section = 'no-such-section';
    dataset.measures[2]!.id = dataset.measures[0]!.id;
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'broken.json');
    writeFileSync(file, JSON.stringify(dataset));

    const { status, stderr } = runValidate(file);
    expect(status).toBe(1);
    expect(stderr).toContain('3 problem(s)');
    expect(stderr).toContain('measures[0].monthly[0].value: a percentage must be between 0 and 100 (got 182.4)');
    expect(stderr).toContain('measures[1].section: unknown section "no-such-section"');
    expect(stderr).toContain(`measures[2].id: duplicate id "${dataset.measures[0]!.id}"`);
  });

  it('says when a file is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'page.json');
    writeFileSync(file, '<!doctype html><html></html>');
    const { status, stderr } = runValidate(file);
    expect(status).toBe(1);
    expect(stderr).toMatch(/is not valid JSON/);
  });
});
