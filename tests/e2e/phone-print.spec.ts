import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Issue 16: every screen at a phone's width (390x844), the print pack in A4 landscape, data checks linked to measures. */

// The measure page is checked in its own test below (CSC 040: a family, the widest table), sharing its page load.
const PHONE_ROUTES = ['/', '/data-checks', '/present'];

async function expectNoSidewaysScroll(page: Page, path: string) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

async function pdfPageCount(page: Page): Promise<number> {
  // As a user's Ctrl+P: beforeprint first (charts take their paper size), then the print layout.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of PHONE_ROUTES) {
    test(`${path} does not scroll sideways and passes axe`, async ({ page, expectNoAxeViolations }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoSidewaysScroll(page, path);
      await expectNoAxeViolations(page);
    });
  }

  test('the pack builder and the presenter view do not scroll sideways', async ({ page }) => {
    for (const path of ['/present/pack?pack=csc-022,csc-040&name=WRM', '/present/presenter']) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
  });

  test('a measure does not scroll sideways, passes axe, keeps its table in a keyboard-scrollable frame and Previous/Next in full words', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/measure/csc-040');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoSidewaysScroll(page, '/measure/csc-040');
    await expectNoAxeViolations(page);
    const frame = page.getByRole('region', { name: 'CSC 040: monthly figures, 2023/24' });
    await expect(frame).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('link', { name: /^Previous: / })).toBeVisible();
    const next = page.getByRole('link', { name: /Next: / });
    // The label wraps rather than being cut to "N…": its text fits its box.
    expect(await next.locator('span').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Month labels on the chart: fewer than twelve at this width, so none touch.
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const labels = await page
      .locator('.recharts-surface')
      .first()
      .evaluate((svg) => [...svg.querySelectorAll('text')].filter((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t.textContent ?? '')).length);
    expect(labels).toBeGreaterThan(1);
    expect(labels).toBeLessThan(12);
  });
});

test('data checks: findings grouped by measure link to the measure at the period concerned', async ({ page }) => {
  await page.goto('/data-checks');
  const section = page.getByRole('region', { name: /^CSC 208b Cumulative number of children coming into care/ });
  await section.getByRole('link', { name: 'Open CSC 208b at Jul 2023' }).click();
  await expect(page).toHaveURL(/\/measure\/csc-208b\?period=2023-07$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSC 208b');
  await expect(page.getByText('Period: Jul 2023', { exact: true })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-07');
});

test('print: a measure on at most two A4 landscape pages, the overview at most seven', async ({ page }) => {
  await page.goto('/measure/csc-040');
  await expect(page.locator('.recharts-surface')).toHaveCount(2);
  expect(await pdfPageCount(page)).toBeLessThanOrEqual(2);
  await page.goto('/measure/csc-022');
  await expect(page.locator('.recharts-surface')).toHaveCount(2);
  expect(await pdfPageCount(page)).toBeLessThanOrEqual(2);
  // On paper: no controls, the period written out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Period: Sep 2023', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Next: / })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Use keyboard shortcuts' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/');
  // Ten pages when each service area started a page of its own.
  expect(await pdfPageCount(page)).toBeLessThanOrEqual(7);
});
