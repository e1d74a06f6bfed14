import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, screenshot, waitForApp } from './fixtures';
import { watchCspViolations } from './csp';
import { makeDataset } from '../fixtures/make-dataset';

/**
 * The published site (`npm run build` prerenders every page): each page is served as static HTML with its figures,
 * hydrates without a mismatch, reads without JavaScript, and a link or an import that asks for other figures never
 * shows the published ones first.
 */
type BundledMeasure = { id: string; unit: string; basis: string };
const bundled = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as { measures: BundledMeasure[] };
const PUBLISHED_PATHS = ['/', ...bundled.measures.map((measure) => `/measure/${measure.id}`), '/data-checks'];
/**
 * Hydrating all 76 pages in a browser would take minutes of the CI budget: one measure page of each kind (unit
 * and basis: 8 of them) stands for the others, which differ only in their figures and text. Every page's HTML is
 * checked, and tests/app/published-page.test.tsx hydrates the kinds of page in jsdom too.
 */
const kindOf = (m: BundledMeasure) => `${m.unit} ${m.basis}`;
const HYDRATED_PATHS = [
  '/',
  ...bundled.measures.filter((m, i, all) => all.findIndex((other) => kindOf(other) === kindOf(m)) === i).map((m) => `/measure/${m.id}`),
  '/data-checks',
];
const BUNDLED_TITLE = "Children's Social Care Performance & Practice Report";

/**
 * Records, on every frame the browser draws from the first one, whether the page's visible text contains `text`, so
 * that a test can tell that text was never on screen, not merely gone by the time it looks.
 */
async function recordFramesShowing(page: Page, text: string): Promise<() => Promise<boolean[]>> {
  await page.addInitScript((needle) => {
    const frames: boolean[] = [];
    (window as unknown as { __frames: boolean[] }).__frames = frames;
    const record = () => {
      frames.push(document.body?.innerText.includes(needle) ?? false);
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  }, text);
  return () => page.evaluate(() => (window as unknown as { __frames: boolean[] }).__frames);
}

/** axe with the tags of the shared check (fixtures.ts), on part of a page. */
async function axeViolations(page: Page, { include, exclude }: { include?: string; exclude?: string }): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

test('every published page is served with its figures and no style attribute or inline script, and hydrates without a mismatch', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  for (const path of PUBLISHED_PATHS) {
    const response = await page.request.get(path);
    const html = await response.text();
    expect(response.status(), path).toBe(200);
    expect(html, path).toContain('id="csc-publication"');
    expect(html, path).toMatch(/<main[^>]*>.*<h1/s);
    expect(html, path).not.toMatch(/\sstyle="/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toMatch(/\bsrc="|type="application\/json"/);
  }
  const cspViolations = await watchCspViolations(page);
  for (const path of HYDRATED_PATHS) {
    await page.goto(path);
    // Hydrated: a mismatch would make React draw the page again and report it on the console.
    await expect(page.locator('html'), path).toHaveAttribute('data-app', 'hydrated');
    expect(await cspViolations(), path).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
});

test('with JavaScript off, the published pages show the figures, tables and text, and print', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  const tile = page.getByRole('article').filter({ hasText: 'CSC 022' });
  await expect(tile).toContainText('81.3%');
  await expect(tile).toContainText('Target 90%');
  await expect(page.getByText('Showing 74 of 74 measures')).toBeVisible();
  // Controls that need the app are not offered.
  await expect(page.getByRole('searchbox', { name: 'Search measures' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import data…' })).toBeHidden();
  await screenshot(page, 'no-js-overview-412');

  await page.emulateMedia({ media: 'print' });
  await expect(tile).toBeVisible();
  await screenshot(page, 'no-js-overview-print');
  await page.emulateMedia({ media: 'screen' });

  // A tile's link is an ordinary link to the measure's own published page.
  await tile.getByRole('link').click();
  await expect(page).toHaveURL(/\/measure\/csc-022$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC 022: Monthly % of referrals completed within 1 working day');
  await expect(page.getByRole('table', { name: 'CSC 022: monthly figures, 2023/24' })).toContainText('65.0%');
  await expect(page.getByRole('heading', { name: 'Definition' })).toBeVisible();
  await screenshot(page, 'no-js-measure-412');
  await context.close();

  // axe needs scripts of its own: the same page with the site's scripts refused reads exactly as with JavaScript off.
  // At the laptop width the other accessibility checks use (the phone layout is issue 16's: its tables scroll).
  const scriptless = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await scriptless.route(/\.js$/, (route) => route.abort());
  const check = await scriptless.newPage();
  for (const path of ['/', '/measure/csc-022']) {
    await check.goto(path);
    await expect(check.locator('html')).toHaveClass('no-js');
    // The first service area's tiles stand for the others (same markup), which would take axe half a minute more.
    expect(await axeViolations(check, { exclude: 'section[aria-labelledby^="area-"] ~ section[aria-labelledby^="area-"]' }), path).toEqual([]);
  }
  await scriptless.close();
});

test('a ?data= link shows the linked feed, never the published figures first', async ({ page, consoleErrors }) => {
  const feed = makeDataset({ title: 'Live feed report' });
  await page.route((url) => url.pathname === '/feeds/test.json', (route) => route.fulfill({ json: feed }));
  const frames = await recordFramesShowing(page, BUNDLED_TITLE);
  await page.goto('/?data=/feeds/test.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Live feed report' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Data source' })).toContainText('Source: Feed from a link');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered');
  const shown = await frames();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter(Boolean)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('links to another period, area or search reach that view without showing the published one first', async ({ page, consoleErrors }) => {
  const cases = [
    { query: '?period=2023-07', published: 'Showing Sep 2023', asked: /Showing Jul 2023/ },
    { query: '?area=missing', published: 'Showing 74 of 74 measures', asked: /Showing 6 of 74 measures/ },
    { query: '?q=re-ref', published: 'Showing 74 of 74 measures', asked: /Showing \d of 74 measures/ },
  ];
  for (const { query, published, asked } of cases) {
    const frames = await recordFramesShowing(page, published);
    await page.goto(`/${query}`);
    await expect(page.getByText(asked).first()).toBeVisible();
    expect((await frames()).filter(Boolean), query).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
});

test('while the app of a ?period= link loads, the page says it is loading instead of showing other figures', async ({ page }) => {
  // Holds the app's script back, to look at the page in the meantime.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const loaded = page.goto('/measure/csc-022?period=2023-07', { waitUntil: 'commit' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading the figures for this address' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await screenshot(page, 'period-link-loading');
  release();
  await loaded;
  await waitForApp(page);
  await expect(page.getByRole('region', { name: 'Headline for Jul 2023' })).toContainText('86.3%');
  await screenshot(page, 'period-link-loaded');
});

test('an active import is shown after a reload, never the published figures first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Choose a CSV or JSON file').setInputFiles('tests/fixtures/import/good.csv');
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeVisible();

  const frames = await recordFramesShowing(page, BUNDLED_TITLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeVisible();
  expect((await frames()).filter(Boolean)).toEqual([]);
  await page.getByRole('button', { name: 'Back to the bundled report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
});

test('a feed that has moved on since publication replaces the published figures, with a notice', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const published = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as ReturnType<typeof makeDataset>;
  const newer = structuredClone(published);
  newer.reportingPeriod.asAt = '2023-10-31';
  newer.measures.find((measure) => measure.id === 'csc-022')!.monthly.find((point) => point.month === '2023-09')!.value = 88.8;
  await page.route('**/data/indicators.json', (route) => route.fulfill({ json: newer }));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered');
  const notice = page.getByRole('status').filter({ hasText: 'Updated since publication' });
  await expect(notice).toContainText('Updated since publication. This page was published on');
  await expect(notice).toContainText('with the figures as at 30 September 2023');
  await expect(notice).toContainText('the figures below are its latest, as at 31 October 2023');
  await expect(page.getByRole('article').filter({ hasText: 'CSC 022' })).toContainText('88.8%');
  await screenshot(page, 'published-feed-moved-on');
  // The notice is what is new here; the rest of the overview is checked by accessibility.spec.ts.
  expect(await axeViolations(page, { include: '[role="status"]' })).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
