import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

// The bundled report has 6 months, too few for SPC; the synthetic demo (April 2019 to September 2023) is opened
// through `?data=`, as the link on the measure page does.
const DEMO = '?data=/data/demo-synthetic.json';

/** The words beside the two icons (the icons themselves are hidden from assistive technology, as the words say it). */
function iconWords(spc: Locator) {
  return spc.getByRole('list', { name: 'SPC summary' }).locator('li > span:not([aria-hidden])');
}

test('the demo measure shows its XmR chart, icons, explanation and table, at 1366x768', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto(`/measure/demo-referrals-1-day${DEMO}`);
  await expect(page.getByRole('heading', { level: 1, name: '% of referrals completed within 1 working day' })).toBeVisible();
  await expect(page.getByText('Synthetic demo data')).toBeVisible();

  const spc = page.getByRole('region', { name: 'Statistical process control' });
  await expect(iconWords(spc)).toHaveText(['Common cause variation: no significant change', 'Assurance: the target will be hit and miss']);
  const figure = spc.getByRole('figure');
  await expect(figure.locator('figcaption')).toContainText('Average 83.5% over 54 months (April 2019 to September 2023); process limits 74.4% to 92.6%.');
  await expect(figure.locator('figcaption')).toContainText('August 2023 is unusually low: 57.7%, below the lower limit (74.4%), a concern.');

  // 54 months; August 2023 is the one special cause, drawn as a concern triangle.
  const marks = figure.locator('svg.recharts-surface .xmr-point');
  await expect(marks).toHaveCount(54);
  await expect(figure.locator('svg.recharts-surface .xmr-point-concern')).toHaveCount(1);
  await expect(figure.locator('.xmr-limit')).toHaveCount(2);
  await expect(figure.locator('.xmr-mean')).toHaveCount(1);
  await expect(figure.getByRole('listitem').filter({ hasText: 'Special cause: concern' })).toBeVisible();

  await spc.scrollIntoViewIfNeeded();
  await screenshot(page, 'spc-demo-referrals-1366');

  const svgPromise = page.waitForEvent('download');
  await spc.getByRole('button', { name: 'Download SVG' }).click();
  const svgDownload = await svgPromise;
  expect(svgDownload.suggestedFilename()).toBe('demo-referrals-1-day-spc-2023-09.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg).toContain('Demo Borough Council (synthetic data) · Statistical process control, Apr 2019–Sep 2023');
  const pngPromise = page.waitForEvent('download');
  await spc.getByRole('button', { name: 'Download PNG' }).click();
  expect((await pngPromise).suggestedFilename()).toBe('demo-referrals-1-day-spc-2023-09.png');

  await spc.getByText('Show the 54 months as a table').click();
  const table = spc.getByRole('table', { name: /monthly figures and SPC signals, Apr 2019–Sep 2023/ });
  await expect(table.getByRole('row')).toHaveCount(55);
  await expect(table.getByRole('row', { name: /Aug 2023/ })).toContainText('Concern: a single point outside the process limits');
  await table.getByRole('row', { name: /Aug 2023/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'spc-demo-table-1366');

  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('a measure with shifts and a trend at 1920x1080: several kinds of marks, the tooltip names the rules', async ({
  page,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/measure/demo-assessments-45-days${DEMO}`);
  const spc = page.getByRole('region', { name: 'Statistical process control' });
  await expect(iconWords(spc)).toHaveText(['Special cause variation: improvement (higher values)', 'Assurance: the target will consistently be missed']);
  await expect(spc.locator('figcaption')).toContainText('From January to September 2023, 9 months in a row each rose: a trend, an improvement.');
  const figure = spc.getByRole('figure');
  await expect(figure.locator('.xmr-point')).toHaveCount(54);
  await expect(figure.locator('.xmr-point-improvement')).toHaveCount(9);
  await expect(figure.locator('.xmr-point-concern')).toHaveCount(17);
  await expect(figure.locator('.xmr-target')).toHaveCount(1);

  await spc.scrollIntoViewIfNeeded();
  await screenshot(page, 'spc-demo-assessments-1920');

  const last = figure.locator('.xmr-point').last();
  const box = await last.boundingBox();
  if (!box) throw new Error('no September point');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('Sep 2023');
  await expect(tooltip).toContainText('Special cause: improvement');
  await expect(tooltip).toContainText('A single point outside the process limits');
  await screenshot(page, 'spc-demo-assessments-tooltip');

  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('the bundled report says there is not enough data, links to the demo, and drafts commentary apart from the analysis', async ({
  page,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  await page.goto('/measure/csc-022');
  const spc = page.getByRole('region', { name: 'Statistical process control' });
  await expect(spc).toContainText('Not enough data for SPC (6 of 15 months)');
  await expect(spc.locator('svg.recharts-surface')).toHaveCount(0);
  await spc.scrollIntoViewIfNeeded();
  await screenshot(page, 'spc-bundled-not-enough-1366');

  const draft = page.getByRole('region', { name: 'Draft commentary' });
  await expect(draft).toContainText('CSC 022, Sep 2023');
  await expect(draft.getByRole('button', { name: 'Copy draft' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Performance analysis' })).not.toContainText('Drafted automatically');
  await draft.scrollIntoViewIfNeeded();
  await screenshot(page, 'spc-bundled-draft-1366');
  await expectNoAxeViolations(page);

  await spc.getByRole('link', { name: 'See SPC charts on the synthetic demo data' }).click();
  await expect(page).toHaveURL(/\/\?data=%2Fdata%2Fdemo-synthetic\.json$/);
  await expect(page.getByText('Synthetic demo data')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
