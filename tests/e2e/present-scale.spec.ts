import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const px = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

/** Every text node of the slide ends above the control bar. */
async function textBelowBar(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bar = document.querySelector('nav[aria-label="Presentation controls"]')!.getBoundingClientRect().top;
    const region = document.querySelector('[role="region"][aria-label^="Slide"]')!;
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    let below = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().bottom > bar + 1) below += 1;
    }
    return below;
  });
}

for (const [width, height, share] of [
  [1920, 1080, 1],
  [1366, 768, 0.7],
] as const) {
  test(`measure slide at ${width}x${height}: room-scale type, nothing under the controls, the rest in the notes`, async ({ page, expectNoAxeViolations }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/present?area=front-door&period=2023-24-Q2');
    await expect(page.locator('figure svg.recharts-surface')).toBeVisible();
    expect(await px(page, 'p.slide-text-120')).toBeGreaterThanOrEqual(120 * share);
    expect(await px(page, 'h1')).toBeGreaterThanOrEqual(40 * share);
    expect(await px(page, 'section[aria-label="From the analysis"] li')).toBeGreaterThanOrEqual(28 * share);
    expect(await px(page, 'figure text.recharts-cartesian-axis-tick-value')).toBeGreaterThanOrEqual(20 * share);
    expect(await px(page, 'figure ul')).toBeGreaterThanOrEqual(20 * share);
    expect(await textBelowBar(page)).toBe(0);

    await expect(page.getByText(/^4 more points in the notes/)).toBeVisible();
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: 'Notes' });
    for (const reason of ['Difficulties in contacting the family', 'Awaiting further information from a 3rd party', 'Further information gathering']) {
      await expect(notes.getByText(reason)).toBeVisible();
    }
    await expect(notes.getByRole('heading', { name: 'Drafted commentary' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('section slide: each measure as a small chart with its figure and status in words', async ({ page, expectNoAxeViolations }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/present?area=front-door&period=2023-24-Q2&by=section&slide=1');
  const measures = page.getByRole('list', { name: 'Measures' }).getByRole('listitem');
  await expect(measures).toHaveCount(2);
  await expect(measures.nth(0).getByText('Off target')).toBeVisible();
  await expect(measures.nth(1).getByText('On target')).toBeVisible();
  await expect(measures.nth(0).getByText('78.0%')).toBeVisible();
  await expect(measures.locator('[role="img"] svg')).toHaveCount(2);
  expect(await textBelowBar(page)).toBe(0);
  await expectNoAxeViolations(page);
});

test('the controls step aside when nothing moves, and stay or come back for the keyboard', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/present?area=front-door&period=2023-24-Q2&slide=1');
  const controls = page.getByRole('navigation', { name: 'Presentation controls' });
  await expect(controls).toHaveCSS('opacity', '1');
  // A keyboard user reading the slide: focus on it, then nothing moves for a while.
  await page.getByRole('region', { name: /^Slide 1 of/ }).focus();
  await page.clock.fastForward(3500);
  await expect(controls).toHaveCSS('opacity', '0');
  // Focus on one of its buttons (as Tab gives it) brings the bar back; so does any key.
  await controls.getByRole('button', { name: /^Next/ }).focus();
  await expect(controls).toHaveCSS('opacity', '1');
  await page.clock.fastForward(3500);
  await expect(controls).toHaveCSS('opacity', '1');
  await page.getByRole('region', { name: /^Slide 1 of/ }).focus();
  await page.clock.fastForward(3500);
  await expect(controls).toHaveCSS('opacity', '0');
  await page.keyboard.press('Home');
  await expect(controls).toHaveCSS('opacity', '1');
});
