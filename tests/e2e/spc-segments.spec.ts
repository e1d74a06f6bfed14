import { test, expect } from './fixtures';

// Synthetic demo measure rebased in April 2022 with its reason: two segments, each with its own mean and limits.
const REBASED = '/measure/demo-strategy-discussions-1-day?data=/data/demo-synthetic.json';
const REASON = 'New front-door process: a daily strategy meeting';

test('a rebased measure shows both segments\' limits and the rebase with its reason', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto(REBASED);
  const spc = page.getByRole('region', { name: 'Statistical process control' });
  await expect(spc.getByText(`Limits and icons: since the rebase in April 2022 (${REASON}).`)).toBeVisible();

  const figure = spc.getByRole('figure');
  const caption = figure.locator('figcaption');
  await expect(caption).toContainText('Average 63.2% over 36 months (April 2019 to March 2022); process limits 54.4% to 72.0%.');
  await expect(caption).toContainText(`Rebased from April 2022: ${REASON}. Since then, average 85.7% over 18 months (April 2022 to September 2023); process limits 72.2% to 99.3%.`);

  // Each segment draws its own mean and two limits; one rebase mark, labelled on the chart.
  await expect(figure.locator('svg.recharts-surface .xmr-mean')).toHaveCount(2);
  await expect(figure.locator('svg.recharts-surface .xmr-limit')).toHaveCount(4);
  await expect(figure.locator('svg.recharts-surface .xmr-rebase')).toHaveCount(1);
  await expect(figure.locator('svg.recharts-surface').getByText(/^Rebased Apr 2022: New front-door/)).toBeVisible();
  await expect(figure.getByText('Rebase: limits recalculated from here')).toBeVisible();

  // The table alternative gives the rebase's reason on its month and each month's own limits.
  await spc.getByText('Show the 54 months as a table').click();
  const april = spc.getByRole('row', { name: /^Apr 2022/ });
  await expect(april).toContainText(`Rebased: ${REASON}`);
  await expect(april).toContainText('85.7% (72.2% to 99.3%)');
  await expect(spc.getByRole('row', { name: /^Mar 2022/ })).toContainText('63.2% (54.4% to 72.0%)');

  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test("the rebased measure's slide carries the limits it is judged on in its notes", async ({ page }) => {
  await page.goto('/present?data=/data/demo-synthetic.json&at=demo-strategy-discussions-1-day');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('% of strategy discussions held within 1 working day');
  await page.keyboard.press('n');
  const notes = page.getByRole('region', { name: 'Notes text' });
  await expect(notes).toContainText(`Statistical process control limits and icons are those since the rebase in April 2022 (${REASON}).`);
});
