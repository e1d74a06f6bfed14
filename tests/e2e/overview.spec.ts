import { test, expect, screenshot } from './fixtures';

test.describe('overview', () => {
  test('a shared link restores areas, quarter and status filter', async ({ page, consoleErrors, expectNoAxeViolations }) => {
    await page.goto('/?area=children-in-care,health-of-children-in-care&period=2023-24-Q2&status=off');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Q2 2023/24', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-24-Q2');

    const tiles = page.getByRole('article');
    const count = await tiles.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) await expect(tiles.nth(i).getByText(/Off target|Behind trajectory/)).toBeVisible();
    await expect(page.getByText(new RegExp(`^Showing \\d+ of 74 measures`))).toBeVisible();
    await expect(tiles.filter({ hasText: 'CSC 228' })).toContainText('15.5%');
    // Up-to-date dental checks build up to 90% by March: at 35.5% in September they are behind the 45% trajectory.
    await expect(tiles.filter({ hasText: 'CSC 251' }).first()).toContainText('9.5 pp behind the trajectory');
    // Only the two chosen service areas are shown.
    await expect(page.getByRole('heading', { level: 2, name: /^Children in care/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Front door/ })).toHaveCount(0);

    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'overview-filtered-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'overview-filtered-1920');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('filters by keyboard and writes them to the URL', async ({ page, expectNoAxeViolations }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search measures' });
    await search.focus();
    await page.keyboard.type('022');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page).toHaveURL(/\?q=022$/);

    await page.getByRole('button', { name: /Off target/ }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/status=off/);
    await expect(page.getByRole('article')).toHaveCount(1);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search measures' })).toHaveValue('022');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('the first screen at both meeting sizes; at the year, the movers that matter; a copied link moves nothing', async ({ page, context, expectNoAxeViolations }) => {
    await page.goto('/');
    await expect(page.getByRole('article').first()).toBeVisible();
    await screenshot(page, 'overview-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'overview-1920');
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'overview-tablet');

    // At the financial year, relative change put measures that build up through the year and small numbers first.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('combobox', { name: 'Period' }).selectOption('2023-24');
    const movers = page.getByRole('region', { name: 'Biggest movers' });
    await expect(movers).toContainText("ranked against each measure's usual month-to-month variation");
    await expect(movers).toContainText('build up through the year against their expected build-up');
    const first = movers.getByRole('listitem').first();
    await expect(first).toContainText('CSC 038');
    await expect(first).toContainText('Worsening: down 15.2 pp on 2022/23');
    await expect(movers.getByRole('listitem').filter({ hasText: 'CSC 250:' })).toHaveCount(0);

    // "Link copied" is said in a status region already in the page, without pushing the buttons beside it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.getByRole('button', { name: 'Copy link' });
    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    const before = [await copy.boundingBox(), await exportCsv.boundingBox()];
    const status = copy.locator('xpath=following-sibling::*[@role="status"]');
    await expect(status).toHaveText('');
    await copy.click();
    await expect(status).toHaveText('Link copied');
    await expect(status).toBeVisible();
    expect([await copy.boundingBox(), await exportCsv.boundingBox()]).toEqual(before);
    await screenshot(page, 'overview-year-link-copied-1366');
    await expectNoAxeViolations(page);
  });
});
