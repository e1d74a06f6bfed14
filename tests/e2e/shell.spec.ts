import { test, expect, screenshot } from './fixtures';

// axe on this same overview is accessibility.spec.ts's first screen.
test('the dashboard opens on the bundled report with no console errors', async ({ page, consoleErrors }) => {
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/indicators.json')) dataRequests.push(request.resourceType());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Children's Social Care Performance & Practice Report" })).toBeVisible();
  await expect(page.getByText('Darlington Borough Council').first()).toBeVisible();
  await expect(page.getByText(/Data as at 30 September 2023/)).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'CSC 022' })).toContainText('81.3%');
  await screenshot(page, 'shell-1366');
  expect(consoleErrors).toEqual([]);
  // Preloaded by index.html with the scripts, and that one download is the one the app reads.
  await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute('href', '/data/indicators.json');
  expect(dataRequests).toHaveLength(1);
});

test('a missing data file shows the error panel, not a blank page', async ({ page, expectNoAxeViolations }) => {
  await page.route('**/data/indicators.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  // The 404 itself is logged by Chromium as a console error; this test only checks what the user sees.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The indicator data file is missing' })).toBeVisible();
  await screenshot(page, 'error-missing-file');
  await expectNoAxeViolations(page);
});
