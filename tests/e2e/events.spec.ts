import { test, expect } from './fixtures';

// The synthetic demo carries four events (scripts/generate-demo-dataset.ts); CSC-style measure demo-referrals-1-day is
// concerned by three: its service area's new front door (Apr 2021), the dataset's recording change (Oct 2022) and its
// own staffing gap (Aug 2023).
const DEMO = '?data=/data/demo-synthetic.json';

test('a demo measure marks its events on the charts, lists them beside the analysis, and drafts a new one', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto(`/measure/demo-referrals-1-day${DEMO}`);

  // The month-by-month chart of 2023/24 marks the staffing gap only; the SPC chart over 54 months all three.
  const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
  await expect(monthly.locator('.chart-event-badge')).toHaveText(['3']);
  await expect(monthly.locator('.chart-event-key')).toHaveText([/Event 3: Aug 2023: Staffing gap \(synthetic\)$/]);
  await expect(monthly.getByRole('row', { name: /Aug 2023/ })).toContainText('3. Staffing gap (synthetic) (Aug 2023)');
  const spc = page.getByRole('region', { name: 'Statistical process control' });
  await expect(spc.locator('.chart-event-badge')).toHaveText(['1', '2', '3']);
  await expect(page.getByRole('region', { name: 'Year by year' }).locator('.chart-event-badge')).toHaveText(['1', '2', '3']);

  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.getByRole('listitem')).toHaveCount(3);
  await expect(events.getByRole('listitem').nth(0)).toContainText('New front-door process (synthetic) (6 Apr 2021)');
  await expect(events.getByRole('listitem').nth(0)).toContainText('Concerns: Front door (synthetic) (service area)');
  await expect(events.getByRole('listitem').nth(1)).toContainText('Concerns: Every measure');

  await events.getByText('Draft an event').click();
  const form = events.getByRole('form', { name: 'Draft an event' });
  await form.getByRole('button', { name: 'Write the event' }).click();
  await expect(form.getByText('Date: must be a month like "2023-06" or a day like "2023-06-14"')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: 'Date' }).fill('2023-09-04');
  await form.getByRole('textbox', { name: 'Title' }).fill('Agency cover starts');
  await form.getByRole('textbox', { name: 'What happened' }).fill('Two agency social workers joined the duty team.');
  await form.getByRole('button', { name: 'Write the event' }).click();
  const json = events.getByLabel("JSON for the feed's events");
  await expect(json).toContainText('"date": "2023-09-04"');
  await expect(json).toContainText('"demo-referrals-1-day"');
  await expect(events.getByLabel('CSV heading and row for the import')).toContainText(
    '2023-09-04,Agency cover starts,Two agency social workers joined the duty team.,demo-referrals-1-day',
  );
  await expect(events.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('a slide of the demo shows the event marker and lists the event', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto(`/present${DEMO}`);
  await expect(page.getByRole('heading', { level: 1, name: '% of referrals completed within 1 working day' })).toBeVisible();
  await expect(page.locator('.chart-event-badge')).toHaveText(['3']);
  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.getByRole('listitem')).toHaveText([/Event 3: Staffing gap \(synthetic\) \(Aug 2023\)$/]);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});
