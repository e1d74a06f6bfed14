import type { Route } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { watchCspViolations } from './csp';
import { makeDataset } from '../fixtures/make-dataset';

const FEED = '/feeds/test.json';

/** The September extract, then October's, as an analysts' pipeline would publish them. */
function september() {
  return makeDataset({ title: 'Live feed report' });
}
function october() {
  const dataset = september();
  dataset.reportingPeriod.asAt = '2023-10-31';
  dataset.measures[0]!.monthly[6]!.value = 91.2;
  dataset.measures[1]!.monthly[6]!.value = 2.1;
  dataset.measures[2]!.monthly[6]!.value = 361;
  return dataset;
}

type Answer = { status?: number; body: string; contentType?: string };
const json = (value: unknown): Answer => ({ body: JSON.stringify(value), contentType: 'application/json' });

async function serveFeed(page: import('@playwright/test').Page) {
  const feed = { answer: json(september()) };
  await page.route((url) => url.pathname === FEED, (route: Route) =>
    route.fulfill({ status: feed.answer.status ?? 200, body: feed.answer.body, contentType: feed.answer.contentType ?? 'application/json' }),
  );
  return feed;
}

test('a feed that changes, then fails, keeps its last good figures with a stale banner', async ({ page, expectNoAxeViolations }) => {
  const cspViolations = await watchCspViolations(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const feed = await serveFeed(page);

  await page.goto(`/?data=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Live feed report' })).toBeVisible();
  const source = page.getByRole('region', { name: 'Data source' });
  await expect(source).toContainText('Source: Feed from a link');
  await expect(source).toContainText(FEED);
  await expect(source).toContainText(/Last checked at \d\d:\d\d:\d\d/);
  await expect(page.getByText('81.3%').first()).toBeVisible();

  // October's extract is published: the next check picks it up and says what is new.
  feed.answer = json(october());
  await page.getByRole('button', { name: 'Refresh' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'New data' });
  await expect(notice).toContainText('October 2023 figures added');
  await expect(page.getByText('91.2%').first()).toBeVisible();
  await expect(page.getByText(/Data as at 31 October 2023/)).toBeVisible();
  await screenshot(page, 'live-feed-updated');

  // The server breaks: the October figures stay, with a banner saying how old they are and why.
  feed.answer = { status: 500, body: 'Internal error', contentType: 'text/plain' };
  await page.getByRole('button', { name: 'Refresh' }).click();
  const banner = page.getByRole('alert');
  await expect(banner).toContainText(/Stale: showing the figures last updated at \d\d:\d\d:\d\d/);
  await expect(banner).toContainText('The feed failed because the server answered 500');
  await expect(page.getByText('91.2%').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Live feed report' })).toBeVisible();
  await screenshot(page, 'live-feed-stale');
  await expectNoAxeViolations(page);

  // Every other kind of bad answer is refused the same way, never replacing the good data.
  const badAnswers: [Answer, RegExp][] = [
    [{ body: json(october()).body.slice(0, 200) }, /is not valid JSON/],
    [{ body: '<!doctype html><html><body>Sign in</body></html>', contentType: 'text/html' }, /returned a web page, not JSON/],
    [{ status: 404, body: 'gone', contentType: 'text/plain' }, /was not found \(404\)/],
    [json({ ...october(), measures: [{ ...october().measures[0], monthly: [{ month: '2023-04', value: 650 }] }] }), /does not match data contract v1 \(1 problem\)/],
  ];
  for (const [answer, reason] of badAnswers) {
    feed.answer = answer;
    await page.getByRole('button', { name: 'Try again now' }).click();
    await expect(banner).toContainText(reason);
    await expect(page.getByText('91.2%').first()).toBeVisible();
  }
  await banner.getByText('The 1 problem in the new file').click();
  await expect(banner).toContainText('measures[0].monthly[0].value: a percentage must be between 0 and 100 (got 650)');

  // The feed recovers: the banner goes.
  feed.answer = json(october());
  await page.getByRole('button', { name: 'Try again now' }).click();
  await expect(banner).toBeHidden();
  expect(pageErrors).toEqual([]);
  expect(await cspViolations()).toEqual([]);
});

test('"Back to the bundled report" leaves the feed', async ({ page }) => {
  await serveFeed(page);
  await page.goto(`/?data=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Live feed report' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the bundled report' }).click();
  await expect(page.getByRole('region', { name: 'Data source' })).toContainText('Source: Bundled report');
  await expect(page.getByText('Darlington Borough Council').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
});

test('a javascript: data address is refused with a message, and the bundled report shown', async ({ page, consoleErrors }) => {
  await page.goto('/?data=javascript:alert(document.domain)');
  const source = page.getByRole('region', { name: 'Data source' });
  await expect(source).toContainText('was ignored: only http(s) addresses or paths on this site can be opened');
  await expect(source).toContainText('Source: Bundled report');
  await expect(page.getByText('Darlington Borough Council').first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the production build is served with a strict Content-Security-Policy and breaks none of it', async ({ page, consoleErrors }) => {
  const cspViolations = await watchCspViolations(page);
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('link', { name: /CSC 022|referrals completed within 1 working day/ }).first()).toBeVisible();
  // A measure page draws the charts, which set inline style attributes through the DOM.
  await page.getByRole('link', { name: 'Monthly % of referrals completed within 1 working day' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly % of referrals completed within 1 working day' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await cspViolations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
