import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every browser test fails on a console error or an uncaught page error, and gets an axe helper.
 * axe needs a page from a context made by browser.newContext(), which Playwright's `page` fixture is.
 */
export const test = base.extend<{ consoleErrors: string[]; expectNoAxeViolations: (page: Page) => Promise<void> }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors on the page').toEqual([]);
  },
  expectNoAxeViolations: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect };

/** Saves what the user sees (the viewport) unless the whole page is asked for. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: options.fullPage ?? false });
}
