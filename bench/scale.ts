/**
 * npm run bench:scale: how the overview copes with larger authorities. For N = 50, 500 and 2,000 synthetic
 * measures (bench/generate-synthetic-dataset.ts: 8 service areas, 10 years of monthly history) it publishes the
 * dataset as `npm run publish-site` does (the data file, and the overview rendered from it to static HTML) and, in
 * headless Chromium, measures:
 *   - first render: navigation start to the first KPI tile painted; median of 3 cold loads, from a static host
 *     serving precompressed files as the dashboard is deployed, and again from `vite preview` (which compresses
 *     every response on the fly);
 *   - app ready: navigation start to the app having hydrated the published page (fetching the file over localhost,
 *     JSON parse, validation, the check that it is the published data, summaries and React's hydration);
 *   - keystroke to paint: one character typed in "Search measures" until the grid shows the new matches and the
 *     frame after it has painted; median of 20;
 *   - memory: the page's JS heap after first render and the keystrokes, after a forced garbage collection.
 * Goals at N = 2,000: first render under 1 s, keystroke to paint under 100 ms, memory under 200 MB.
 *
 *   npm run bench:scale [-- --no-build] [-- --sizes=50,500]
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset } from '../src/domain/indicators';
import { decodeJson, parseDataset } from '../src/data/contract/parse-dataset';
import { indexMeasures, searchMeasures } from '../src/domain/search-measures';
import { generateSyntheticDataset } from './generate-synthetic-dataset';
import { buildApp, startPreview } from './lib/preview';
import { loadAndTimeFirstTile, median, percentile } from './lib/first-tile';
import { renderSite, serverBuildDir } from '../scripts/lib/prerender-site';
import { precompress, precompressAll, startStaticHost } from './lib/static-host';
import { launchChromium } from './lib/chromium';
import { describeLoad, describeMachine, today } from './lib/machine';
import { formatTable, writeResultsSection } from './lib/results';

const SIZES = readSizes() ?? [50, 500, 2000];
const LOADS = 3;
const KEYSTROKES = 20;
const SEED = 20240331;
// Characters that narrow the grid without emptying it: digits of the codes, letters of the titles.
const CANDIDATE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'p', 'y', 'v', 'w', 'k', 'x', 'b', 'f', 'g', 'u', 'z', 'j', 'q', 'h'];
const VIEWPORT = { width: 1366, height: 768 };

type Result = {
  measures: number;
  fileMB: number;
  validateNodeMs: number;
  dataReceivedMs: number;
  firstRenderMs: number;
  appReadyMs: number;
  previewDataReceivedMs: number;
  previewFirstRenderMs: number;
  keystrokeMedianMs: number;
  keystrokeP90Ms: number;
  heapMB: number;
  domNodes: number;
  tiles: number;
};

async function main() {
  const load = describeLoad();
  const dist = buildApp();
  const dataFile = join(dist, 'data', 'indicators.json');
  const bundledCopy = join(dist, 'data', 'indicators.bundled.json');
  if (!existsSync(bundledCopy)) copyFileSync(dataFile, bundledCopy);
  // The overview published from the data file in place, as `npm run publish-site` does.
  const publishOverview = async () => {
    await renderSite({ outDir: dist, ssrOutDir: serverBuildDir(dist), paths: 'overview', log: () => {} });
    precompress(dataFile);
    precompress(join(dist, 'index.html'));
  };
  precompressAll(dist);
  const host = await startStaticHost(dist);
  const preview = await startPreview(dist);
  const browser = await launchChromium(['--enable-precise-memory-info']);
  const results: Result[] = [];
  try {
    for (const measures of SIZES) {
      const dataset = generateSyntheticDataset({ measures, years: 10, seed: SEED });
      const json = JSON.stringify(dataset);
      writeFileSync(dataFile, json);
      await publishOverview();
      const validateNodeMs = timeValidation(json);
      console.error(`N = ${measures}: ${(json.length / 1e6).toFixed(1)} MB, measuring ...`);
      console.error(describeSearchTimes(dataset));

      const coldLoads = async (url: string) => {
        const loads: { dataReceivedMs: number; firstRenderMs: number; appReadyMs: number }[] = [];
        for (let i = 0; i < LOADS; i++) {
          const context = await browser.newContext({ viewport: VIEWPORT });
          loads.push(await measureFirstRender(await context.newPage(), url));
          await context.close();
        }
        return {
          dataReceivedMs: median(loads.map((l) => l.dataReceivedMs)),
          firstRenderMs: median(loads.map((l) => l.firstRenderMs)),
          appReadyMs: median(loads.map((l) => l.appReadyMs)),
        };
      };
      const hosted = await coldLoads(host.url);
      const previewed = await coldLoads(preview.url);

      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await measureFirstRender(page, host.url);
      const keystrokes = await measureKeystrokes(page, dataset);
      const memory = await measureMemory(page);
      await context.close();
      if (errors.length) console.error(`  page errors at N = ${measures}:\n  ${errors.join('\n  ')}`);

      results.push({
        measures,
        fileMB: json.length / 1e6,
        validateNodeMs,
        ...hosted,
        previewDataReceivedMs: previewed.dataReceivedMs,
        previewFirstRenderMs: previewed.firstRenderMs,
        keystrokeMedianMs: median(keystrokes),
        keystrokeP90Ms: percentile(keystrokes, 0.9),
        ...memory,
      });
    }
  } finally {
    copyFileSync(bundledCopy, dataFile);
    await publishOverview();
    await browser.close();
    host.stop();
    preview.stop();
  }
  report(results, load);
}

/**
 * Navigation start to the first tile painted (the frame after it appears), and to the app having started: keystrokes
 * are typed only once it has.
 */
async function measureFirstRender(page: Page, url: string): Promise<{ dataReceivedMs: number; firstRenderMs: number; appReadyMs: number }> {
  const times = await loadAndTimeFirstTile(page, `${url}/`, { waitForApp: true });
  return { dataReceivedMs: times.dataReceivedMs, firstRenderMs: times.firstTileMs, appReadyMs: times.appReadyMs };
}

/**
 * Types one character into an empty search box and times from the keydown event to the frame painted after the
 * grid showed the new matches ("Showing K of N measures" with K worked out here with the app's own matcher, and
 * tiles added or removed). Clears the box and waits for the full grid between trials.
 */
async function measureKeystrokes(page: Page, dataset: Dataset): Promise<number[]> {
  const total = dataset.measures.length;
  const keys = CANDIDATE_KEYS.map((key) => ({ key, expected: searchMeasures(indexMeasures(dataset), key).length })).filter(
    ({ expected }) => expected > 0 && expected < total,
  );
  if (keys.length === 0) throw new Error('no key narrows the grid');
  const box = page.getByRole('searchbox', { name: 'Search measures' });
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const { key, expected } = keys[i % keys.length]!;
    await box.fill('');
    await page.getByText(new RegExp(`^Showing ${total} of ${total} measures$`)).waitFor();
    await box.focus();
    await page.evaluate(
      ({ expectedText }) => {
        const state: { start?: number; end?: number } = {};
        (window as unknown as { __keystroke: typeof state }).__keystroke = state;
        const input = document.activeElement as HTMLInputElement;
        input.addEventListener('keydown', (event) => (state.start = event.timeStamp), { once: true, capture: true });
        let tilesChanged = false;
        const observer = new MutationObserver((records) => {
          tilesChanged ||= records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => n instanceof Element && (n.matches('article') || n.querySelector('article'))));
          const status = [...document.querySelectorAll('main [role="status"]')].some((el) => el.textContent?.trim() === expectedText);
          if (!tilesChanged || !status) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (state.end = performance.now());
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
      },
      { expectedText: `Showing ${expected} of ${total} measures` },
    );
    await page.keyboard.press(key);
    const handle = await page.waitForFunction(
      () => {
        const state = (window as unknown as { __keystroke: { start?: number; end?: number } }).__keystroke;
        return state.start !== undefined && state.end !== undefined ? state.end - state.start : false;
      },
      null,
      { timeout: 30_000 },
    );
    times.push((await handle.jsonValue()) as number);
  }
  await box.fill('');
  return times;
}

async function measureMemory(page: Page): Promise<{ heapMB: number; domNodes: number; tiles: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  return page.evaluate(() => ({
    heapMB: ((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize ?? NaN) / 1e6,
    domNodes: document.getElementsByTagName('*').length,
    tiles: document.querySelectorAll('main article').length,
  }));
}

/** JSON.parse plus contract validation in Node (same zod, jitless as in the app): the validation share of a load. */
function timeValidation(json: string): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    // What the app does with a fetched body: the nesting guard and JSON.parse, then the contract.
    const decoded = decodeJson(json);
    const result = decoded.ok ? parseDataset(decoded.json) : null;
    times.push(performance.now() - start);
    if (!result?.ok) throw new Error(`the synthetic dataset does not pass contract v1: ${result ? result.issues[0]?.message : 'not JSON'}`);
  }
  return median(times);
}

function report(results: Result[], load: string) {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const rows = results.map((r) => [
    r.measures.toLocaleString('en-GB'),
    `${r.fileMB.toFixed(1)} MB`,
    ms(r.dataReceivedMs),
    ms(r.validateNodeMs),
    ms(r.firstRenderMs),
    ms(r.appReadyMs),
    `${ms(r.previewFirstRenderMs)} (data ${ms(r.previewDataReceivedMs)})`,
    ms(r.keystrokeMedianMs),
    ms(r.keystrokeP90Ms),
    `${r.heapMB.toFixed(0)} MB`,
    String(r.tiles),
    r.domNodes.toLocaleString('en-GB'),
  ]);
  const table = formatTable(
    ['measures', 'file', 'data received', 'parse+validate (Node)', 'first render', 'app ready', 'first render, vite preview', 'keystroke median', 'keystroke p90', 'JS heap', 'tiles in DOM', 'DOM nodes'],
    rows,
  );
  const growth = describeGrowth(results);
  const largest = results.at(-1);
  const goals = largest
    ? `Goals at N = ${largest.measures.toLocaleString('en-GB')}: first render ${ms(largest.firstRenderMs)} (goal < 1000 ms), ` +
      `keystroke to paint ${ms(largest.keystrokeMedianMs)} (goal < 100 ms), JS heap ${largest.heapMB.toFixed(0)} MB (goal < 200 MB).`
    : '';
  const notes = [
    `Headless Chromium at ${VIEWPORT.width}×${VIEWPORT.height}, no CPU or network throttling. The dataset is the app's data file, served over localhost`,
    'by a static host as the dashboard is deployed (bench/lib/static-host.ts: files precompressed with gzip once, as nginx `gzip_static` or a CDN',
    'serves them); "data received" and "first render" are from that host. "first render, vite preview" is the same load from `vite preview`, which',
    'gzips every response again (about 0.3 s of server CPU for 13 MB on this machine, taken from the browser under test), with its own "data received".',
    `"first render" is navigation start to the first KPI tile painted (in the published HTML, since the overview is prerendered from the file), median of ${LOADS} cold loads;`,
    '"app ready" is navigation start to the app having hydrated that page (data fetched, parsed, validated and checked against the published fingerprint);',
    `"keystroke" is keydown to the frame painted after`,
    `the grid changed, ${KEYSTROKES} single characters typed into the empty search box; "JS heap" is usedJSHeapSize after a forced GC once the keystrokes are done.`,
    '"parse+validate (Node)" times the app’s decodeJson and parseDataset (JSON.parse, then the contract) in Node, for scale: the browser does the same work inside "first render".',
  ].join('\n');
  const body = [table, goals, growth, notes].filter(Boolean).join('\n\n');
  console.log(body);
  writeResultsSection('bench:scale', `## Scale (\`npm run bench:scale\`)\n\n${today()}, ${describeMachine()}; ${load}.\n\n${body}`);
}

/** How each figure grows with N, as the exponent k in figure ∝ N^k between consecutive sizes (1 = linear). */
function describeGrowth(results: Result[]): string {
  if (results.length < 2) return '';
  const metrics: [string, (r: Result) => number][] = [
    ['first render', (r) => r.firstRenderMs],
    ['app ready', (r) => r.appReadyMs],
    ['first render, vite preview', (r) => r.previewFirstRenderMs],
    ['data received', (r) => r.dataReceivedMs],
    ['parse+validate (Node)', (r) => r.validateNodeMs],
    ['keystroke median', (r) => r.keystrokeMedianMs],
    ['JS heap', (r) => r.heapMB],
    ['DOM nodes', (r) => r.domNodes],
  ];
  const headers = ['figure', ...results.slice(1).map((r, i) => `N ${results[i]!.measures} → ${r.measures}`)];
  const rows = metrics.map(([name, pick]) => [
    name,
    ...results.slice(1).map((r, i) => {
      const before = results[i]!;
      const ratio = pick(r) / pick(before);
      const exponent = Math.log(ratio) / Math.log(r.measures / before.measures);
      return `×${ratio.toFixed(1)} (k ${exponent.toFixed(2)})`;
    }),
  ]);
  return `Growth with N (ratio between sizes, and k in figure ∝ N^k):\n\n${formatTable(headers, rows)}`;
}

function readSizes(): number[] | null {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  return arg ? arg.slice('--sizes='.length).split(',').map(Number).filter((n) => n > 0) : null;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** The search's own work per keystroke (the cases typed letter by letter), apart from drawing the grid. */
function describeSearchTimes(dataset: Dataset): string {
  let start = performance.now();
  const index = indexMeasures(dataset);
  const indexMs = performance.now() - start;
  const times: number[] = [];
  for (const query of ['timeliness', 'placement stability', 'health assessment', 'assessments within 45', 'asessment']) {
    for (let i = 1; i <= query.length; i++) {
      start = performance.now();
      searchMeasures(index, query.slice(0, i));
      times.push(performance.now() - start);
    }
  }
  return `  search: index built in ${indexMs.toFixed(0)} ms; ${times.length} keystrokes, median ${median(times).toFixed(1)} ms, p90 ${percentile(times, 0.9).toFixed(1)} ms`;
}
