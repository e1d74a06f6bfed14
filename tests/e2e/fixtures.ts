import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Pages are published as static HTML that the app hydrates (src/app/start-app.tsx): until then, figures are on
 * screen but buttons do nothing. The app marks <html data-app> once it has started, and waits for that after every
 * `goto` and `reload` here, so that a test interacts with the page as a user would once it is ready.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.app !== undefined, null, { timeout: 20_000 });
}

/**
 * Every browser test fails on a console error or an uncaught page error, and gets an axe helper.
 * axe needs a page from a context made by browser.newContext(), which Playwright's `page` fixture is.
 */
export const test = base.extend<{ consoleErrors: string[]; expectNoAxeViolations: (page: Page, include?: string) => Promise<void> }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await use(page);
  },
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
    // `include`: a CSS selector to check only part of a very large page (the rest is checked by other tests).
    await use(async (page: Page, include?: string) => {
      const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
      const results = await (include ? builder.include(include) : builder).analyze();
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
