import type { Page } from 'playwright-core';

export type FirstTileTimes = {
  /** Navigation start to the first KPI tile painted where it can be seen (not kept hidden by page-boot.js). */
  firstTileMs: number;
  /** First contentful paint. */
  fcpMs: number;
  /** When the app has hydrated or drawn the page (src/app/start-app.tsx marks <html data-app>); NaN for a static page. */
  appReadyMs: number;
  /** When the data file's last byte arrived; NaN when no data file was loaded. */
  dataReceivedMs: number;
};

// A string, not a function: tsx compiles functions with name helpers that do not exist in the page.
const PROBE = `
  window.__bench = {};
  const seen = () => {
    const html = document.documentElement;
    if (html && html.dataset.app && window.__bench.appReady === undefined) window.__bench.appReady = performance.now();
    if (window.__bench.tileSeen) return;
    const tile = document.querySelector('main article');
    if (!tile || !tile.checkVisibility()) return;
    window.__bench.tileSeen = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__bench.firstTile = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'data-app'] });
`;

/**
 * Opens `url` and times the first tile the user can see, in the frame after it was added to the page: a tile in the
 * published HTML is painted once the stylesheet has arrived, one the app draws once its scripts and data have.
 * With `waitForApp`, also waits until the app has started (for a page that has one).
 */
export async function loadAndTimeFirstTile(page: Page, url: string, { waitForApp = false, timeoutMs = 120_000 } = {}): Promise<FirstTileTimes> {
  await page.addInitScript(PROBE);
  await page.goto(url);
  const condition = waitForApp
    ? () => {
        const bench = (window as unknown as { __bench: { firstTile?: number; appReady?: number } }).__bench;
        return bench.firstTile !== undefined && bench.appReady !== undefined;
      }
    : () => (window as unknown as { __bench: { firstTile?: number } }).__bench.firstTile !== undefined;
  await page.waitForFunction(condition, null, { timeout: timeoutMs });
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { firstTile: number; appReady?: number } }).__bench;
    const data = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/data/')) as PerformanceResourceTiming | undefined;
    return {
      firstTileMs: bench.firstTile,
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      appReadyMs: bench.appReady ?? NaN,
      dataReceivedMs: data?.responseEnd ?? NaN,
    };
  });
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}

export function percentile(values: number[], p: number): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}
