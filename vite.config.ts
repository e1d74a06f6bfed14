/// <reference types="vitest/config" />
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dataPreloadTag } from './src/data/load/bundled-data-url.ts';

/** Starts the default data file downloading alongside the scripts (see dataPreloadTag). */
function preloadDefaultData(): Plugin {
  let deploymentUrl: string | undefined;
  return {
    name: 'preload-default-data',
    configResolved(config) {
      deploymentUrl = typeof config.env.VITE_DATA_URL === 'string' ? config.env.VITE_DATA_URL : undefined;
    },
    transformIndexHtml() {
      const tag = dataPreloadTag(deploymentUrl);
      return tag ? [tag] : [];
    },
  };
}

/**
 * Every client build is published: its pages are rendered to static HTML from the default data (scripts/prerender.ts,
 * in a process of its own: it builds the server entry, then renders). PRERENDER=off leaves the single-page shell.
 */
function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        if (config.build.ssr || process.env.PRERENDER === 'off') return;
        const outDir = resolve(config.root, config.build.outDir);
        const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts', '--out', outDir, '--mode', config.mode], {
          cwd: config.root,
          stdio: 'inherit',
        });
        if (result.status !== 0) throw new Error(`prerendering the pages failed (status ${result.status})`);
      },
    },
  };
}

/**
 * .test.ts files run in Node unless listed here; .test.tsx files always get jsdom. A .ts test that touches the DOM
 * fails in Node with "document is not defined" or "window is not defined": add it here.
 */
const DOM_TS_TESTS = [
  'tests/lib/export-chart-image.test.ts',
  'tests/features/present/use-slide-chart-height.test.ts',
  'tests/data/load/load-dataset-blocked.test.ts',
];

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadDefaultData(), prerenderPages()],
  // The prerender reads which chunks each on-demand screen needs, to preload them with its page.
  build: { manifest: true },
  preview: {
    port: 4173,
    strictPort: true,
    // The production policy (docs/deployment.md), so browser tests catch anything that would break under it.
    // localhost is allowed for connect-src only here, so that a feed served by a local test server can be opened.
    headers: {
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  server: { port: 5173 },
  test: {
    globals: true,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The suite must pass on a 2-core machine shared with other work, where a whole-app test that takes 0.3-1.2 s
    // alone can take several times that. The slowest test takes about a tenth of these limits on a quiet machine.
    testTimeout: 15_000,
    hookTimeout: 20_000,
    projects: [
      {
        // Pure TypeScript (domain, data, scripts, view models) needs no DOM: Node starts in a fraction of jsdom's time.
        // One worker runs every file without a fresh module graph each time (isolate: false), which takes the project
        // from about 48 s to 12 s. That is safe because these tests keep no state between files: the setup restores
        // mocks and globals after each test, and the shared measures in tests/fixtures are frozen.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: DOM_TS_TESTS,
          setupFiles: ['tests/setup.ts'],
          isolate: false,
        },
      },
      {
        // Components, pages and the whole app, plus the few .ts tests that need a document.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', ...DOM_TS_TESTS],
          setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
        },
      },
    ],
  },
});
