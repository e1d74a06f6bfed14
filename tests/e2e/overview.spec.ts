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

  test('the first screen at both meeting sizes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('article').first()).toBeVisible();
    await screenshot(page, 'overview-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'overview-1920');
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, 'overview-tablet');
  });
});
