import { afterEach, beforeEach, vi } from 'vitest';
import { unhandledRequests } from './fixtures/stub-fetch';

// Runs before every test file, in Node and in jsdom alike (vite.config.ts); tests/setup-dom.ts adds the DOM parts.

// A console.error during a test is a bug (React warnings, failed prop types): fail loudly.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  unhandledRequests.length = 0;
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
  // The app may have caught the rejected fetch and shown an error state the test did not look at: fail anyway.
  if (unhandledRequests.length > 0) {
    const requests = unhandledRequests.splice(0);
    throw new Error(`stubFetch had no route for ${requests.length} request(s): ${requests.join(', ')}`);
  }
});
