/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadDefaultData()],
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
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
