import { expect, test } from './fixtures';

test('a pack built by keyboard is in the URL, survives a reload, is saved, and is presented in its order after Since last meeting', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto('/present/pack?period=2023-09');
  const choose = (name: RegExp) => page.getByRole('checkbox', { name });
  // Choose three measures by keyboard: focus each checkbox and press Space.
  for (const name of [/^CSC 022:/, /^CSC 228:/, /^CSC 026:/]) {
    await choose(name).focus();
    await page.keyboard.press('Space');
  }
  const order = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Remove/ }) });
  await expect(order.getByRole('listitem')).toHaveCount(3);
  // Move CSC 026 up to first place by keyboard; the keyboard stays on it.
  await page.getByRole('button', { name: /Up.*move CSC 026/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Up.*move CSC 026/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(order.getByRole('listitem').first()).toContainText('CSC 026');
  await page.getByLabel('Pack name').fill('WRM 12 October');
  await page.getByRole('button', { name: 'Save pack' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved “WRM 12 October” in this browser.');
  await expect(page).toHaveURL(/pack=csc-026,csc-022,csc-228&.*name=WRM/);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(order.getByRole('listitem')).toHaveCount(3);
  await expect(order.getByRole('listitem').first()).toContainText('CSC 026');
  await expect(page.getByRole('list').filter({ hasText: 'WRM 12 October' })).toContainText('3 measures');

  await page.getByRole('link', { name: 'Present this pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Since last meeting' })).toBeVisible();
  await expect(page.getByText('Sep 2023 against Aug 2023')).toBeVisible();
  const status = page.getByRole('region', { name: 'Status changed' });
  await expect(status.getByRole('listitem')).toHaveText([/CSC 026.*On target.*was near target/, /CSC 228.*Off target.*was near target/]);
  await expect(page.getByText('1 / 4')).toBeVisible();
  await expectNoAxeViolations(page);

  for (const code of ['CSC 026', 'CSC 022', 'CSC 228']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  }
});

test('the overview filters start a pack', async ({ page }) => {
  await page.goto('/?q=CSC%20022');
  await page.getByRole('link', { name: 'Make a pack from this measure' }).click();
  await expect(page.getByRole('heading', { name: 'Build a meeting pack' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^CSC 022:/ })).toBeChecked();
});
