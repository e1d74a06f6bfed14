import { test, expect } from './fixtures';

const searchBox = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Search measures' });

test('finds what managers type, best match first with the reason, and pages through in that order', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto('/?q=timeliness');
  const tiles = page.getByRole('article');
  // Flat, best first: one heading for the results instead of one per service area.
  await expect(page.getByRole('heading', { level: 2, name: /^Best matches first/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Front door/ })).toHaveCount(0);
  await expect(tiles.filter({ hasText: 'CSC 022' })).toContainText('Matched in section title: timeliness');

  await searchBox(page).fill('placement stability');
  await expect(tiles).toHaveCount(3);
  await expect(tiles.first()).toContainText('CSC 228');
  await expect(tiles.first()).toContainText('Matched in title: placement; definition: stable');
  await expectNoAxeViolations(page);

  await searchBox(page).fill('health assessment');
  await expect(tiles.filter({ hasText: 'CSC 250' }).first()).toContainText('Matched in title: health; section title: assessments');

  // CSC 040 heads the CSC 040 / 038 family's tile; CSC 038 is the member that matched every word in its title.
  await searchBox(page).fill('assessments within 45');
  await expect(tiles.first()).toContainText('CSC 040');
  await expect(tiles.first()).toContainText('CSC 038 matched in title: assessments, within, 45');

  // A slip of the keyboard still finds the assessments.
  await searchBox(page).fill('asessment timeliness');
  await expect(tiles.first()).toContainText('CSC 040');

  // Previous and next follow the results' order.
  await searchBox(page).fill('placement stability');
  await expect(tiles).toHaveCount(3);
  await tiles.first().getByRole('link').first().click();
  await expect(page.getByText("Measure 1 of 3 matching the overview's filters")).toBeVisible();
  await page.getByRole('link', { name: /Next/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSC 229');
  expect(consoleErrors).toEqual([]);
});

test('Back undoes each filter, Forward re-applies it, and the overview link returns to the same scroll', async ({ page, consoleErrors }) => {
  await page.goto('/');
  const inCare = page.getByRole('button', { name: /^Children in care \(/ });
  await inCare.click();
  await expect(page).toHaveURL(/\?area=children-in-care$/);
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2023-24-Q2');
  await expect(page).toHaveURL(/area=children-in-care&period=2023-24-Q2/);

  await page.goBack();
  await expect(page).toHaveURL(/\?area=children-in-care$/);
  await expect(page.getByRole('combobox', { name: 'Period' })).not.toHaveValue('2023-24-Q2');
  await page.goBack();
  // Still on the dashboard, with no filter: Back undid the filters before leaving.
  await expect(page).toHaveURL(/\/$/);
  await expect(inCare).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(inCare).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-24-Q2');

  // A burst of typing is one step back, not one a letter.
  await searchBox(page).pressSequentially('dental');
  await expect(page).toHaveURL(/q=dental/);
  await page.goBack();
  await expect(page).toHaveURL(/area=children-in-care&period=2023-24-Q2$/);
  await expect(searchBox(page)).toHaveValue('');

  // The in-app link back returns to where the user was on the overview.
  await page.goto('/');
  const tile = page.getByRole('article').filter({ hasText: 'CSC 228' });
  await tile.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);
  await tile.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CSC 228');
  await page.getByRole('link', { name: /Back to the overview/ }).click();
  // Off-screen areas are laid out at an estimated height (content-visibility), so the position is near, not exact:
  // what matters is that the tile the user opened is in view again.
  await expect(tile).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  expect(consoleErrors).toEqual([]);
});
