/**
 * npm run bench:static-ratio: how much longer than a static HTML page a manager on a phone waits for the first figure.
 * The published overview (`vite build` prerenders it) against a static page of the same 74 tiles (code, title, latest
 * figure, target) with the app's own CSS (bench/lib/static-tiles-page.ts), both served gzipped by the same local host
 * (bench/lib/static-host.ts). Headless Chromium at 412×823, CPU slowed 4×, cold loads (a fresh context each), the two
 * pages alternated, median of 5 each: with no network throttling, and with Lighthouse's slow 4G (150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up). Measures navigation to the first tile painted where it can be seen; also FCP, and
 * when the dashboard has hydrated (interactive). Goal: at most 1.5× the static page in both conditions.
 *
 *   npm run bench:static-ratio [-- --no-build] [-- --runs=5]
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildApp } from './lib/preview';
import { precompressAll, startStaticHost } from './lib/static-host';
import { launchChromium } from './lib/chromium';
import { describeLoad, describeMachine, today } from './lib/machine';
import { formatTable, writeResultsSection } from './lib/results';
import { loadAndTimeFirstTile, median, type FirstTileTimes } from './lib/first-tile';
import { STATIC_TILES_PATH, writeStaticTilesPage } from './lib/static-tiles-page';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
const GOAL_RATIO = 1.5;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CPU_SLOWDOWN = 4;
const CONDITIONS = [
  { name: 'no network throttling', network: null },
  // Lighthouse's mobile preset (throttling.mobileSlow4G): 150 ms, 1.6 Mbit/s down (1638.4 kbit/s), 750 kbit/s up.
  { name: "Lighthouse's slow 4G", network: { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
] as const;
const PAGES = [
  { name: 'dashboard', path: '/' },
  { name: 'static page', path: STATIC_TILES_PATH },
] as const;

type Condition = (typeof CONDITIONS)[number];
type Loads = Record<(typeof PAGES)[number]['name'], FirstTileTimes[]>;

async function main() {
  const loadAtStart = describeLoad();
  const dist = buildApp();
  const tiles = writeStaticTilesPage(dist);
  precompressAll(dist);
  const host = await startStaticHost(dist);
  const browser = await launchChromium();
  const results: { condition: Condition; loads: Loads }[] = [];
  try {
    for (const condition of CONDITIONS) {
      const loads: Loads = { dashboard: [], 'static page': [] };
      for (let run = 1; run <= RUNS; run++) {
        for (const page of PAGES) {
          console.error(`${condition.name}: ${page.name}, load ${run} of ${RUNS} ...`);
          loads[page.name].push(await coldLoad(browser, `${host.url}${page.path}`, condition, page.name === 'dashboard'));
        }
      }
      results.push({ condition, loads });
    }
  } finally {
    await browser.close();
    host.stop();
  }
  report(results, tiles, dist, loadAtStart, describeLoad().replace(' at start', ' at the end'));
}

async function coldLoad(browser: Browser, url: string, condition: Condition, isApp: boolean): Promise<FirstTileTimes> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (condition.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
    }
    return await loadAndTimeFirstTile(page, url, { waitForApp: isApp });
  } finally {
    await context.close();
  }
}

function report(results: { condition: Condition; loads: Loads }[], tiles: number, dist: string, loadAtStart: string, loadAtEnd: string) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows = results.map(({ condition, loads }) => {
    const dashboard = median(loads.dashboard.map((l) => l.firstTileMs));
    const staticPage = median(loads['static page'].map((l) => l.firstTileMs));
    const ratio = dashboard / staticPage;
    return [
      condition.name,
      s(dashboard),
      s(staticPage),
      `${ratio.toFixed(2)}x${ratio <= GOAL_RATIO ? '' : ` (goal ${GOAL_RATIO}x)`}`,
      s(median(loads.dashboard.map((l) => l.fcpMs))),
      s(median(loads['static page'].map((l) => l.fcpMs))),
      s(median(loads.dashboard.map((l) => l.appReadyMs))),
    ];
  });
  const table = formatTable(['condition', 'dashboard', 'static page', 'ratio', 'dashboard FCP', 'static FCP', 'dashboard interactive'], rows);
  const runs = results
    .map(({ condition, loads }) =>
      PAGES.map(({ name }) => `- ${condition.name}, ${name}: ${loads[name].map((l) => Math.round(l.firstTileMs)).join(', ')} ms`).join('\n'),
    )
    .join('\n');
  const sizes = `Overview HTML ${kBgz(`${dist}/index.html`)}, static page ${kBgz(`${dist}${STATIC_TILES_PATH}`)} (gzip).`;
  const body = [
    table,
    `First tile painted, median of ${RUNS} cold loads each, the two pages alternated (each load in ms, in order):\n\n${runs}`,
    `Headless Chromium at 412×823 (device scale 1.75, mobile), CPU slowed ${CPU_SLOWDOWN}× (DevTools), the published overview (\`/\`) ` +
      `against a static page of the same ${tiles} tiles (code, title, latest figure, target) styled by the app's stylesheet, both precompressed ` +
      `and served by bench/lib/static-host.ts. "Slow 4G" is DevTools network emulation at Lighthouse's figures (150 ms, 1.6 Mbit/s down, ` +
      `750 kbit/s up). "dashboard interactive" is when the app has hydrated the page. ${sizes}`,
  ].join('\n\n');
  console.log(body);
  writeResultsSection(
    'bench:static-ratio',
    `## Published overview against a static page (\`npm run bench:static-ratio\`)\n\n${today()}, ${describeMachine()}; ${loadAtStart}, ${loadAtEnd}.\n\n${body}`,
  );
}

function kBgz(file: string): string {
  return `${(readFileSync(`${file}.gz`).length / 1000).toFixed(1)} kB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
