import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { watchCspViolations } from './csp';

const fixture = (name: string) => `tests/fixtures/import/${name}`;
const BUNDLED_TITLE = "Children's Social Care Performance & Practice Report";

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a good CSV is imported, survives a reload, and can be put aside and deleted', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  const cspViolations = await watchCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();

  const dialog = await openImport(page);
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles(fixture('good.csv'));
  await expect(dialog).toContainText(
    'good.csv is ready: 3 measures in 3 sections for Darlington Borough Council, figures for Apr–Oct 2023, data as at 31 October 2023.',
  );
  await screenshot(page, 'import-good-csv');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeVisible();
  const source = page.getByRole('region', { name: 'Data source' });
  await expect(source).toContainText('Source: Imported file');
  await expect(source).toContainText(/good\.csv, imported at \d\d:\d\d:\d\d/);
  await expect(page.getByText('91.2%').first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to the bundled report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Use imported file (good.csv)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeVisible();

  await page.getByRole('button', { name: 'Import history (1)' }).click();
  const history = page.getByRole('region', { name: 'Imported files in this browser' });
  await expect(history).toContainText('Darlington Borough Council · 3 measures · figures to October 2023 · data as at 31 October 2023');
  await screenshot(page, 'import-history-one');
  await expectNoAxeViolations(page);
  await history.getByRole('button', { name: 'Delete good.csv' }).click();
  await history.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: /Use imported file/ })).toBeHidden();
  expect(consoleErrors).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('a bad CSV lists every problem with its row and column and changes nothing', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  const dialog = await openImport(page);
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles(fixture('bad.csv'));
  await expect(dialog).toContainText('bad.csv was not loaded');
  const problems = dialog.getByRole('list', { name: 'Problems in bad.csv' }).getByRole('listitem');
  await expect(problems).toHaveText([
    'Row 2, column value: a percentage must be between 0 and 100 (got 182.4)',
    'Row 3, column target: 85 differs from 90 on row 2 for measure "csc-022": it must be the same on every row',
    'Row 4, column period: "Q2" is not a period: use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")',
    'Row 5, column value: "#DIV/0!" is an Excel error, not a figure: fix the formula, or leave the cell blank for no figure',
    'Row 6, column value: must not be negative (got -5)',
    'Row 7, column additive: "maybe" is not yes or no: write TRUE or FALSE',
    'Row 7, column value: numerator 12 is greater than denominator 10',
    'Row 8, column unit: "percnt" is not one of "percent", "count", "rate-per-10k"',
    'Row 8, column value: "NaN" is not a finite number: leave the cell blank for no figure',
  ]);
  await expect(dialog.getByRole('button', { name: 'Use this data' })).toBeHidden();
  await screenshot(page, 'import-bad-csv');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Data source' })).toContainText('Source: Bundled report');
  expect(consoleErrors).toEqual([]);
});

test('a file dropped on the page opens the import with it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  const csv = readFileSync(fixture('good.csv'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a CSV or JSON file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toContainText('dropped.csv is ready: 3 measures');
});

test('hostile text in an imported file is shown as text and runs nothing', async ({ page, consoleErrors }) => {
  await page.goto('/');
  const dialog = await openImport(page);
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles(fixture('hostile.json'));
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report <script>window.__pwned=1</script>' })).toBeVisible();
  await expect(page.getByText('Hostile Test Council <img src=x onerror="window.__pwned=1">')).toBeVisible();
  await page.getByRole('link', { name: /Referrals in 1 day/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Referrals in 1 day <img/ })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, main script').count()).toBe(0);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  expect(consoleErrors).toEqual([]);
});

test('a 5 MB CSV imports in a worker with progress while the page stays responsive; over 25 MB is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const dialog = await openImport(page);
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(5 * 1024 * 1024)) });
  // The main thread keeps painting: no gap between animation frames of half a second (a frozen page stops for seconds).
  const { longestGap, sawProgress } = await page.evaluate(
    () =>
      new Promise<{ longestGap: number; sawProgress: boolean }>((resolve) => {
        let last = performance.now();
        let longestGap = 0;
        let sawProgress = false;
        const started = last;
        const tick = () => {
          const now = performance.now();
          longestGap = Math.max(longestGap, now - last);
          last = now;
          sawProgress ||= document.querySelector('dialog progress') !== null;
          if (document.body.textContent?.includes('big.csv is ready') || now - started > 60_000) resolve({ longestGap, sawProgress });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await expect(dialog).toContainText(/big\.csv is ready: 400 measures/);
  expect(longestGap).toBeLessThan(500);
  expect(sawProgress).toBe(true);
  expect(workers.some((url) => url.includes('import-worker'))).toBe(true);

  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(26 * 1024 * 1024, 'a') });
  await expect(dialog).toContainText('huge.csv is too large (26.0 MB): files over 25.0 MB are refused.');
});

/** 400 measures with twelve months each, padded with commentary until the file reaches `bytes`. */
function bigCsv(bytes: number): string {
  const header = 'measure_id,title,section,section_title,service_area,service_area_name,unit,polarity,basis,additive,target,period,value,notes';
  const months = ['Apr-23', 'May-23', 'Jun-23', 'Jul-23', 'Aug-23', 'Sep-23', 'Oct-23', 'Nov-23', 'Dec-23', 'Jan-24', 'Feb-24', 'Mar-24'];
  const rows: string[] = [];
  for (let m = 0; m < 400; m++)
    for (const [i, month] of months.entries())
      rows.push(`m-${m},Measure ${m},s-${m % 20},Section ${m % 20},area-${m % 5},Area ${m % 5},percent,higher-is-better,month,FALSE,90,${month},${(50 + ((m + i) % 50)).toFixed(1)},`);
  const base = [header, ...rows].join('\r\n');
  const padding = Math.max(0, Math.floor((bytes - base.length) / rows.length) - 2);
  return [header, ...rows.map((row) => `${row}"${'x'.repeat(padding)}"`)].join('\r\n');
}
