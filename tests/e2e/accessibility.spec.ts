import type { Page } from '@playwright/test';
import { generateSyntheticDataset } from '../../bench/generate-synthetic-dataset';
import { test, expect } from './fixtures';

/**
 * WCAG 2.2 AA in the browser: axe (WCAG 2.0-2.2 A/AA and best-practice rules, colour contrast included) on every
 * screen and state, and one journey made with the keyboard alone, checking at every step that the focused
 * element shows it has focus. Runs against the bundled Q2 2023/24 report unless a test serves its own data.
 */

const STATUS_WORDS = /On target|Near target|Off target|No target|No data|On track|Behind trajectory/;

type Screen = { name: string; path: string; ready: (page: Page) => Promise<void> };

const SCREENS: Screen[] = [
  {
    name: 'overview',
    path: '/',
    ready: async (page) => {
      await expect(page.getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'overview with area, period, status and search filters',
    path: '/?area=front-door,children-in-care&period=2023-24-Q2&status=off,near&q=re',
    ready: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('2023-24-Q2');
      await expect(page.getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'overview with nothing matching',
    path: '/?q=nothing-like-this',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'No measures match these filters' })).toBeVisible();
    },
  },
  {
    name: 'measure',
    path: '/measure/csc-022',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: /^CSC 022:/ })).toBeVisible();
      await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    },
  },
  {
    name: 'unknown measure',
    path: '/measure/csc-999',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Measure not found' })).toBeVisible();
    },
  },
  {
    name: 'presentation',
    path: '/present?area=front-door',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
    },
  },
  {
    name: 'data checks',
    path: '/data-checks',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Data checks' })).toBeVisible();
    },
  },
];

for (const screen of SCREENS) {
  test(`axe finds no violations: ${screen.name}`, async ({ page, consoleErrors, expectNoAxeViolations }) => {
    await page.goto(screen.path);
    await screen.ready(page);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
}

// The error panel for a missing data file is checked with axe in shell.spec.ts, which opens it.

test('axe finds no violations: the import dialog', async ({ page, consoleErrors, expectNoAxeViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Import data…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import data' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('status is never colour alone: every tile names its status in words, with an icon', async ({ page }) => {
  await page.goto('/');
  const tiles = page.getByRole('article');
  await expect(tiles.first()).toBeVisible();
  const count = await tiles.count();
  // The report's 74 measures show as 44 tiles: a family (CSC 040 and its year to date CSC 038...) shares one.
  expect(count).toBe(44);
  for (let i = 0; i < count; i++) {
    await expect(tiles.nth(i)).toContainText(STATUS_WORDS);
    await expect(tiles.nth(i).locator('svg').first()).toBeAttached();
  }
});

test('every tile holds its own links, even far below the fold, so none lies over the next tile (target size, WCAG 2.5.8)', async ({
  page,
}) => {
  // Lighthouse's desktop size. A tile sized by a placeholder height until scrolled near let a long family list
  // (CSC 212's) spill over the title link of the tile below (CSC 228), which axe in Lighthouse reported.
  await page.setViewportSize({ width: 1350, height: 940 });
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  const spills = await page.evaluate(() =>
    [...document.querySelectorAll('article')].flatMap((tile) => {
      const box = tile.getBoundingClientRect();
      return [...tile.querySelectorAll('a')]
        .filter((link) => {
          const r = link.getBoundingClientRect();
          return r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
        })
        .map((link) => `${tile.querySelector('span')?.textContent}: ${link.textContent}`);
    }),
  );
  expect(spills).toEqual([]);
  // The family that spilled is there, below the fold, with its links.
  await expect(page.getByRole('article').filter({ hasText: 'CSC 212' }).getByRole('link', { name: /Reason for ceasing/ }).first()).toBeAttached();
});

test('every chart on a measure page has a sentence and a table of its figures', async ({ page }) => {
  await page.goto('/measure/csc-178');
  for (const name of ['Month by month, 2023/24', 'Year by year']) {
    const panel = page.getByRole('region', { name });
    await expect(panel.locator('figcaption')).not.toBeEmpty();
    const table = panel.getByRole('table');
    await expect(table.locator('caption')).not.toBeEmpty();
    await expect(table.getByRole('columnheader').first()).toBeVisible();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
  }
  // Tiles' sparklines are images with a sentence in place of the drawing.
  await page.goto('/');
  await expect(page.getByRole('img', { name: /^Monthly figures Apr–Sep 2023: from / }).first()).toBeAttached();
});

test('a large authority: each area shows its first 24 tiles, "Show all" reveals the rest and moves focus to them', async ({
  page,
  consoleErrors,
  expectNoAxeViolations,
}) => {
  const dataset = generateSyntheticDataset({ measures: 500, years: 3, seed: 8 });
  await page.route('**/data/indicators.json', (route) => route.fulfill({ json: dataset }));
  await page.goto('/');
  await expect(page.getByText('Showing 500 of 500 measures')).toBeVisible();
  const area = page.getByRole('region', { name: /^Front door and early help/ });
  await expect(area.getByRole('heading', { level: 2 })).toHaveText('Front door and early help (63)');
  await expect(area.getByRole('article')).toHaveCount(24);
  await expect(page.getByRole('article')).toHaveCount(8 * 24);
  // One area of 24 tiles and its "Show all": the same markup eight times over, and axe on all 192 tiles takes a
  // minute on a busy machine. The whole overview is checked by the other tests.
  await expectNoAxeViolations(page, 'section[aria-labelledby="area-front-door"]');

  const showAll = area.getByRole('button', { name: 'Show all 63 measures in Front door and early help' });
  await showAll.focus();
  await page.keyboard.press('Enter');
  await expect(area.getByRole('article')).toHaveCount(63);
  await expect(area.getByRole('article').nth(24).getByRole('link')).toBeFocused();
  await expect(showAll).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('keyboard only: filter, open a measure, read its table, go back, with focus visible at every step', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();

  // Tab from the top of the page to the search box.
  const search = page.getByRole('searchbox', { name: 'Search measures' });
  await tabUntil(page, async () => search.evaluate((el) => el === document.activeElement));
  await page.keyboard.type('022');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=022$/);

  // On through the filters and highlights to the tile's link, and open it.
  const tileLink = page.getByRole('article').getByRole('link');
  await tabUntil(page, async () => tileLink.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/measure\/csc-022\?q=022$/);
  await expect(page.getByRole('heading', { level: 1, name: /^CSC 022:/ })).toBeVisible();

  // The monthly figures: tab into their panel, then scroll with the arrow keys until the whole table is on screen.
  const monthly = page.getByRole('region', { name: 'Month by month, 2023/24' });
  await tabUntil(page, async () => monthly.evaluate((el) => el.contains(document.activeElement)));
  const table = monthly.getByRole('table', { name: 'CSC 022: monthly figures, 2023/24' });
  const lastRow = table.getByRole('row').last();
  for (let i = 0; i < 30 && !(await isFullyInViewport(page, lastRow)); i++) await page.keyboard.press('ArrowDown');
  await expect(lastRow).toBeInViewport({ ratio: 1 });
  await expect(table.getByRole('row', { name: /Aug 2023/ })).toContainText('65.0%');
  await expect(table.getByRole('row', { name: /Aug 2023/ })).toContainText('Off target');

  // Back to the overview by its link (Shift+Tab), with the filter still applied.
  const back = page.getByRole('link', { name: /Back to the overview/ });
  await tabUntil(page, async () => back.evaluate((el) => el === document.activeElement), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?q=022$/);
  await expect(page.getByRole('searchbox', { name: 'Search measures' })).toHaveValue('022');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  expect(consoleErrors).toEqual([]);
});

/** Presses Tab (or Shift+Tab) until `reached` is true, checking after every press that the focus can be seen. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await reached()) return;
  }
  throw new Error(`not reached after ${limit} presses of ${key}`);
}

/**
 * The focused element must be on screen and look different for having focus: its outline, ring (box-shadow),
 * border or background, or those of the tile it sits in, change when it loses focus.
 */
async function expectVisibleFocus(page: Page) {
  // Retried briefly: the browser may still be scrolling the element into view or laying the page out after a key.
  await expect(async () => {
    const result = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element === document.documentElement) return { ok: false, what: 'nothing (body)' };
      const what = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`;
      const rect = element.getBoundingClientRect();
      const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      const targets = [element, element.closest('article')].filter((t): t is HTMLElement => t !== null);
      const read = () =>
        targets.map((t) => {
          const s = getComputedStyle(t);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.top].join('|');
        });
      const focused = read();
      element.blur();
      const blurred = read();
      element.focus({ preventScroll: true });
      return { ok: onScreen && focused.some((style, i) => style !== blurred[i]), what, onScreen };
    });
    expect(result, `focus visible on ${result.what}`).toMatchObject({ ok: true });
  }).toPass({ timeout: 2000 });
}

async function isFullyInViewport(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  return !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
}
