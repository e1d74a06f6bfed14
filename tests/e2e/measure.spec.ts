import { test, expect, screenshot } from './fixtures';

// Runs against the bundled Q2 2023/24 report (public/data/indicators.json).

test('CSC 022 opens by URL with its chart, table and panels, at 1366x768', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto('/measure/csc-022');
  await expect(page.getByRole('heading', { level: 1, name: 'CSC 022: Monthly % of referrals completed within 1 working day' })).toBeVisible();
  const headline = page.getByRole('region', { name: 'Headline for Sep 2023' });
  await expect(headline.getByText('81.3%')).toBeVisible();
  await expect(headline.getByText('8.7 pp below the 90% target')).toBeVisible();

  const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
  // Six reported months, six empty ones that must be gaps, not zeros.
  await expect(monthly.locator('svg.recharts-surface .recharts-line-dot')).toHaveCount(6);
  await expect(monthly.locator('figcaption')).toContainText('Fell from 82.4% in Apr 2023 to 81.3% in Sep 2023');
  const table = monthly.getByRole('table', { name: 'CSC 022: monthly figures, 2023/24' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /Aug 2023/ })).toContainText('65.0%');
  await expect(table.getByRole('row', { name: /Aug 2023/ })).toContainText('Off target');

  const annual = page.getByRole('region', { name: 'Year by year' });
  await expect(annual.locator('path.annual-bar')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Definition' })).toContainText('Percentage of referrals completed within 1 working day');
  await expect(page.getByRole('region', { name: 'Performance analysis' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Performance Summary' })).toContainText('78.0% of referrals received in Q2 2023/24');
  await expect(page.getByRole('region', { name: 'Other measures in Referrals: timeliness' }).getByRole('link', { name: /over 3 working days/ })).toBeVisible();

  await screenshot(page, 'measure-csc-022-1366');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('CSC 178 for Q2 at 1920x1080: fractions in the table, the quarter shaded, the year to date bar marked', async ({
  page,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/measure/csc-178?period=2023-24-Q2');
  await expect(page.getByRole('heading', { level: 1, name: /^CSC 178:/ })).toBeVisible();
  // (6 + 8 + 26) / (14 + 12 + 31): the weighted quarter, as the report's 40 / 57.
  await expect(page.getByRole('region', { name: 'Headline for Q2 2023/24' }).getByText('70.2%')).toBeVisible();

  const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
  await expect(monthly.locator('.recharts-line-dot')).toHaveCount(6);
  await expect(monthly.locator('.recharts-reference-area-rect')).toHaveCount(1);
  const july = monthly.getByRole('table').getByRole('row', { name: /Jul 2023/ });
  // No target is printed over CSC 178: it takes its family's 95% (CSC 176), and says so.
  await expect(july.getByRole('cell')).toHaveText(['42.9%', '6', '14', '95%', 'Off target']);

  const annual = page.getByRole('region', { name: 'Year by year' });
  await expect(annual.locator('path.annual-bar')).toHaveCount(4);
  await expect(annual.getByRole('row', { name: /2023\/24/ })).toContainText('Year to date, Apr–Sep 2023');
  await expect(annual.getByText('2023/24: year to date, Apr–Sep 2023')).toBeVisible();

  await screenshot(page, 'measure-csc-178-1920');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('the tooltip gives the month, figure and fraction', async ({ page }) => {
  await page.goto('/measure/csc-178');
  const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
  const dots = monthly.locator('.recharts-line-dot');
  await expect(dots).toHaveCount(6);
  await dots.nth(3).scrollIntoViewIfNeeded();
  const box = await dots.nth(3).boundingBox();
  if (!box) throw new Error('no July point');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('Jul 2023');
  await expect(tooltip).toContainText('Monthly figure: 42.9%');
  await expect(tooltip).toContainText('6 / 14');
  await screenshot(page, 'measure-csc-178-tooltip');
});

test('"]" and "[" page through measures in the overview order, keeping the filters', async ({ page }) => {
  await page.goto('/measure/csc-022?area=front-door');
  await expect(page.getByRole('heading', { level: 1, name: /^CSC 022/ })).toBeVisible();
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1, name: /^CSC 026/ })).toBeFocused();
  await expect(page).toHaveURL(/\/measure\/csc-026\?area=front-door$/);
  await page.keyboard.press('[');
  await expect(page.getByRole('heading', { level: 1, name: /^CSC 022/ })).toBeVisible();
});

test('an unknown measure says so and links back', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/measure/csc-999');
  await expect(page.getByRole('heading', { level: 1, name: 'Measure not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectNoAxeViolations(page);
});
