/**
 * npm run bench:size: the JavaScript and CSS the first screen of the overview really loads, raw and gzip.
 * Builds the app, serves it with `vite preview`, opens `/` in Chromium and records every script and stylesheet
 * requested until the network has been idle, before any interaction. Each file is classed as loaded to start the
 * app (named by index.html: the stylesheet, and the entry and module preloads that page-boot.js adds once the
 * published page has painted) or lazily after it, and sized from the build output (gzip level 9, as a static host
 * would serve it). The first paint needs only the page and its stylesheet (the overview is prerendered); the
 * budget is for starting the app: at most 170 kB gzip of JavaScript.
 *
 *   npm run bench:size [-- --no-build]
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_DIST, buildApp, startPreview } from './lib/preview';
import { launchChromium } from './lib/chromium';
import { describeLoad, describeMachine, today } from './lib/machine';
import { formatTable, kB, writeResultsSection } from './lib/results';

const BUDGET_GZIP_JS = 170_000;
const VIEWPORTS = [
  { name: 'laptop 1366×768', width: 1366, height: 768 },
  { name: 'phone 412×823', width: 412, height: 823 },
];

type Loaded = { path: string; kind: 'JS' | 'CSS'; phase: 'app start' | 'lazy'; startMs: number; raw: number; gzip: number };
type Run = { viewport: string; files: Loaded[]; fcpMs: number | null; dataBytes: number };

async function main() {
  const load = describeLoad();
  const dist = buildApp();
  const initial = readInitialAssets(dist);
  const server = await startPreview(dist);
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    for (const viewport of VIEWPORTS) runs.push(await recordFirstScreen(server.url, dist, initial, viewport));
  } finally {
    await browser.close();
    server.stop();
  }
  report(runs, load);

  async function recordFirstScreen(url: string, distDir: string, initialAssets: Set<string>, viewport: (typeof VIEWPORTS)[number]): Promise<Run> {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.locator('article').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Sparklines load when their tile comes near the viewport: give an observer time to ask, then settle again.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const entries = await page.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    await context.close();
    const files: Loaded[] = [];
    let dataBytes = 0;
    for (const entry of entries.resources) {
      const path = new URL(entry.name).pathname;
      if (path.startsWith('/data/')) dataBytes = statSync(join(distDir, path)).size;
      const kind = path.endsWith('.js') ? 'JS' : path.endsWith('.css') ? 'CSS' : null;
      if (!kind) continue;
      const bytes = readFileSync(join(distDir, path));
      files.push({
        path,
        kind,
        phase: initialAssets.has(path) ? 'app start' : 'lazy',
        startMs: entry.startTime,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      });
    }
    // The entry script and stylesheet are in index.html, not resource timing entries of their own in every case.
    for (const path of initialAssets) {
      if (files.some((f) => f.path === path)) continue;
      const bytes = readFileSync(join(distDir, path));
      files.push({ path, kind: path.endsWith('.css') ? 'CSS' : 'JS', phase: 'app start', startMs: 0, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    files.sort((a, b) => (a.phase === b.phase ? a.startMs - b.startMs : a.phase === 'app start' ? -1 : 1));
    return { viewport: viewport.name, files, fcpMs: entries.fcp, dataBytes };
  }
}

/**
 * Scripts, module preloads and stylesheets named in the built index.html, in its tags or in the publication record
 * whose tags page-boot.js adds after the first paint: what must arrive before the app runs. The boot script itself
 * (under 1 kB) is left out: it is not the app.
 */
function readInitialAssets(dist: string): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = new Set<string>();
  for (const [path] of html.matchAll(/\/assets\/[\w.-]+\.(?:js|css)/g)) if (!path.includes('page-boot')) assets.add(path);
  return assets;
}

function sum(files: Loaded[], pick: (f: Loaded) => boolean, key: 'raw' | 'gzip'): number {
  return files.filter(pick).reduce((total, f) => total + f[key], 0);
}

function report(runs: Run[], load: string) {
  const sections: string[] = [];
  const [main] = runs;
  if (!main) return;
  const fileRows = main.files.map((f) => [f.path.replace('/assets/', ''), f.kind, f.phase, `${Math.round(f.startMs)} ms`, kB(f.raw), kB(f.gzip)]);
  sections.push(`Files the overview loads at ${main.viewport} (request start after navigation; FCP ${main.fcpMs === null ? 'n/a' : `${Math.round(main.fcpMs)} ms`}):`);
  sections.push(formatTable(['file', 'type', 'loaded', 'requested at', 'raw', 'gzip'], fileRows));

  const totals = runs.flatMap((run) => {
    const firstJs = (f: Loaded) => f.phase === 'app start' && f.kind === 'JS';
    const firstCss = (f: Loaded) => f.phase === 'app start' && f.kind === 'CSS';
    const lazyJs = (f: Loaded) => f.phase === 'lazy' && f.kind === 'JS';
    const lazyCss = (f: Loaded) => f.phase === 'lazy' && f.kind === 'CSS';
    const all = () => true;
    return [
      [run.viewport, 'JS to start the app', kB(sum(run.files, firstJs, 'raw')), kB(sum(run.files, firstJs, 'gzip'))],
      [run.viewport, 'CSS (before the first paint)', kB(sum(run.files, firstCss, 'raw')), kB(sum(run.files, firstCss, 'gzip'))],
      [run.viewport, 'JS loaded lazily after it', kB(sum(run.files, lazyJs, 'raw')), kB(sum(run.files, lazyJs, 'gzip'))],
      ...(run.files.some(lazyCss) ? [[run.viewport, 'CSS loaded lazily after it', kB(sum(run.files, lazyCss, 'raw')), kB(sum(run.files, lazyCss, 'gzip'))]] : []),
      [run.viewport, 'total JS + CSS until idle', kB(sum(run.files, all, 'raw')), kB(sum(run.files, all, 'gzip'))],
    ];
  });
  sections.push(formatTable(['viewport', 'what', 'raw', 'gzip'], totals));

  const firstRenderJs = sum(main.files, (f) => f.phase === 'app start' && f.kind === 'JS', 'gzip');
  const verdict = firstRenderJs <= BUDGET_GZIP_JS ? 'within' : 'OVER';
  const page = readFileSync(join(BENCH_DIST, 'index.html'));
  sections.push(
    `Budget: JavaScript to start the app ${kB(firstRenderJs)} gzip, ${verdict} the ${kB(BUDGET_GZIP_JS)} budget. ` +
      `The first paint needs none of it: the published overview is ${kB(page.length)} of HTML (${kB(gzipSync(page, { level: 9 }).length)} gzip) and its stylesheet. ` +
      `The indicator data (${kB(main.dataBytes)} raw) is not counted.`,
  );
  const body = sections.join('\n\n');
  console.log(body);
  writeResultsSection(
    'bench:size',
    `## First-screen size (\`npm run bench:size\`)\n\n${today()}, ${describeMachine()}; ${load}.\n\n${body}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
