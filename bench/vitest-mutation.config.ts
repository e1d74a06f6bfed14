import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import viteConfig from '../vite.config.ts';

// The suite's own projects (unit and dom) would replace this config's single project: leave them out.
const { projects: _projects, ...suiteTest } = viteConfig.test ?? {};

/**
 * The Vitest setup Stryker runs against each mutant of the pure layers, src/domain, src/presenters and src/checks
 * (stryker.config.json). Only their own unit tests, in Node rather than jsdom: they are pure TypeScript, and
 * skipping a DOM per test file makes a run of several thousand mutants take minutes instead of an hour. Vitest reads `include` relative to `dir`,
 * which is why this is a config of its own rather than Stryker's `vitest.dir` option.
 */
export default defineConfig({
  ...viteConfig,
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    ...suiteTest,
    environment: 'node',
    setupFiles: [],
    include: ['tests/{domain,presenters,checks}/**/*.test.ts'],
  },
});
