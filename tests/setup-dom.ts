import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The jsdom project only (vite.config.ts), after tests/setup.ts.

// findBy* and waitFor default to 1 s; on a busy 2-core machine a whole-app render can take several. Kept below the
// 15 s test timeout (vite.config.ts) so that a wait that fails says what it was waiting for.
configure({ asyncUtilTimeout: 10_000 });

// Recharts measures its container with ResizeObserver; jsdom has none, so report a fixed size.
class SizedResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const entry = { target, contentRect: { width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400, x: 0, y: 0 } };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver;

// jsdom lacks these; components use them for scrolling and media queries.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
window.scrollTo = (() => {}) as typeof window.scrollTo;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

// Registered after tests/setup.ts's afterEach, so it runs before it: an error logged while unmounting still fails the test.
afterEach(() => {
  cleanup();
});
