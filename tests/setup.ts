import { afterEach, beforeEach, vi } from 'vitest';

// Runs before every test file, in Node and in jsdom alike (vite.config.ts); tests/setup-dom.ts adds the DOM parts.

// A console.error during a test is a bug (React warnings, failed prop types): fail loudly.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called during the test: ${first}`);
  }
});
