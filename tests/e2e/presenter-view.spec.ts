import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, screenshot, waitForApp } from './fixtures';
import { makeDataset } from '../fixtures/make-dataset';

/** Opens the presenter view from the slides, by `open` (the button or the P key), and waits for it to start. */
async function openPresenterView(context: BrowserContext, open: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page');
  await open();
  const presenter = await opened;
  await waitForApp(presenter);
  return presenter;
}

test('presenter view: follows the slides and drives them, with the full notes and a clock', async ({ page, context, expectNoAxeViolations }) => {
  await page.goto('/?area=front-door&period=2023-09');
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CSC 022/);
  const presenter = await openPresenterView(context, () => page.getByRole('button', { name: 'Presenter view' }).click());

  const where = presenter.getByRole('heading', { level: 1, name: /^Presenter view/ });
  await expect(where).toHaveText('Presenter view · Slide 1 of 9');
  await expect(presenter.getByRole('region', { name: 'Current slide' }).getByRole('heading', { level: 1 })).toHaveText(/^CSC 022/);
  await expect(presenter.getByRole('heading', { level: 2, name: /^Next: CSC 026/ })).toBeVisible();
  // The whole analysis, which the slide cuts short: all three reasons, and the definition.
  const notes = presenter.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('A summary of the reasons are as follows:');
  await expect(notes).toContainText('Further information gathering to allow for an informed decision.');
  await expect(notes).toContainText('Percentage of referrals completed within 1 working day and over 3 working days.');
  const clock = presenter.getByRole('group', { name: 'Clock' });
  await expect(clock).toContainText(/Elapsed\s*\d+:\d\d/);
  await expect(clock).toContainText(/Time\s*\d\d:\d\d/);
  await screenshot(presenter, 'presenter-view-1366');
  await expectNoAxeViolations(presenter);

  // A clicker in the presenter's window moves the slides, which keep the URL...
  await presenter.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CSC 026/);
  await expect(where).toHaveText('Presenter view · Slide 2 of 9');
  await presenter.keyboard.press('Space');
  await expect(page).toHaveURL(/slide=3/);
  // ...and one in the room's window moves the presenter view.
  await page.keyboard.press('PageDown');
  await expect(where).toHaveText('Presenter view · Slide 4 of 9');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(where).toHaveText('Presenter view · Slide 2 of 9');
  await presenter.getByRole('button', { name: 'Previous' }).click();
  await expect(page).toHaveURL(/slide=1/);
  await expect(where).toHaveText('Presenter view · Slide 1 of 9');
});

const FEED = '/feeds/presenting.json';

test('frozen figures: a feed check that brings new figures waits for the presenter, in both windows', async ({ page, context }) => {
  const september = makeDataset({ title: 'Live feed report' });
  const revised = structuredClone(september);
  revised.measures[0]!.monthly[5]!.value = 85;
  let answer = september;
  await context.route((url) => url.pathname === FEED, (route) => route.fulfill({ body: JSON.stringify(answer), contentType: 'application/json' }));
  // The feed is checked every five minutes: the test moves the clock on rather than waiting.
  await context.clock.install();

  await page.goto(`/present?data=${FEED}`);
  const slide = page.getByRole('region', { name: /^Slide 1 of/ });
  await expect(slide).toContainText('81.3%');
  const presenter = await openPresenterView(context, () => page.keyboard.press('p'));
  const current = presenter.getByRole('region', { name: 'Current slide' });
  await expect(current).toContainText('81.3%');

  answer = revised;
  await context.clock.fastForward('05:01');
  const notice = page.getByRole('status').filter({ hasText: 'Newer figures available' });
  await expect(notice).toContainText('1 figure revised');
  await expect(presenter.getByRole('status').filter({ hasText: 'Newer figures available' })).toBeVisible();
  // Nothing moved under the presenter.
  await expect(slide).toContainText('81.3%');
  await expect(current).toContainText('81.3%');
  await screenshot(page, 'present-newer-feed-figures');

  await page.keyboard.press('u');
  await expect(slide).toContainText('85.0%');
  await expect(current).toContainText('85.0%');
  await expect(notice).toBeHidden();
  await expect(presenter.getByText('Newer figures available')).toBeHidden();
});
