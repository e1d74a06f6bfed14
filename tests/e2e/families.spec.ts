import { test, expect, screenshot } from './fixtures';

test.describe('indicator families, period labels and trajectories', () => {
  test('the CSC 040 / 038 family is one tile whose headline follows the period', async ({ page, consoleErrors, expectNoAxeViolations }) => {
    await page.goto('/?q=038');
    const tile = page.getByRole('article');
    await expect(tile).toHaveCount(1);
    await expect(tile).toContainText('Monthly figure (CSC 040)');
    await expect(tile).toContainText('47.7%');
    await expect(tile).toContainText('Year to date (CSC 038): 54.0%');
    await expect(tile.getByRole('link', { name: 'CSC 038' })).toBeVisible();

    await page.goto('/?q=038&period=2023-24-Q2');
    await expect(tile).toContainText('Sep 2023 only');
    await expect(tile.getByText('Off target (Sep 2023 only)')).toBeVisible();
    await expect(tile).toContainText('Year to date (CSC 038): 54.0%');

    await page.goto('/?q=040&period=2023-24');
    await expect(tile).toContainText('Year to date (CSC 038)');
    await expect(tile).toContainText('54.0%');
    await expect(tile).not.toContainText('47.7%');
    await screenshot(page, 'family-tile-year');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('the measure page shows the members side by side, and a year figure from the year to date', async ({ page, consoleErrors, expectNoAxeViolations }) => {
    await page.goto('/measure/csc-040?period=2023-24');
    const headline = page.getByRole('region', { name: 'Headline for 2023/24' });
    await expect(headline).toContainText('54.0%');
    await expect(headline).toContainText("Year to date (Apr–Sep 2023) from CSC 038, this indicator's year-to-date measure");
    const family = page.getByRole('region', { name: 'CSC 040 and its related measures, 2023/24' });
    await expect(family.getByRole('article')).toHaveCount(2);
    await expect(family).toContainText('This page');
    await expect(page.getByRole('region', { name: /^Year by year, from CSC 038/ })).toBeVisible();

    await page.goto('/measure/csc-178?period=2023-24-Q2');
    await expect(page.getByRole('region', { name: 'Headline for Q2 2023/24' })).toContainText('70.2%');
    await expect(page.getByRole('region', { name: 'Headline for Q2 2023/24' })).toContainText('The family\'s target, printed for CSC 176');
    await screenshot(page, 'family-measure-csc-178-q2');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('dental checks are judged against their trajectory, drawn and tabled as an assumed profile', async ({ page, consoleErrors, expectNoAxeViolations }) => {
    await page.goto('/measure/cic-dental-check-ytd?period=2023-04');
    const headline = page.getByRole('region', { name: 'Headline for Apr 2023' });
    await expect(headline).toContainText('8.9%');
    await expect(headline.getByText('On track')).toBeVisible();
    await expect(headline).toContainText('7.5% by Apr 2023 (assumed profile)');
    await expect(headline).toContainText('1.4 pp ahead of the trajectory');

    const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
    await expect(monthly.getByText('Trajectory to 90% by March (assumed profile: a straight line from 0 in April)')).toBeVisible();
    await expect(monthly.getByRole('table').getByRole('row', { name: /Sep 2023/ }).getByRole('cell')).toHaveText(['51.8%', '45%', 'On track']);
    await screenshot(page, 'dental-trajectory');
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test("a monthly count's reference is on the monthly scale, and an empty search says nothing matches", async ({ page, expectNoAxeViolations }) => {
    await page.goto('/measure/csc-002');
    const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
    await expect(monthly.getByText('2022/23 monthly average 138').first()).toBeVisible();
    await expect(monthly).not.toContainText('1,650');

    await page.goto('/?q=zzzz');
    await expect(page.getByRole('heading', { name: 'No measures match these filters' })).toBeVisible();
    await expect(page.getByText('No measures match these filters.')).toHaveCount(2);
    await expect(page.getByText('Every measure with a target is on target.')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
