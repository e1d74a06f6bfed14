import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../../src/domain/indicators';
import type { DeferredTag, Publication } from '../../src/app/publication';
import { decodeJson, parseDataset } from '../../src/data/contract/parse-dataset';
import { fnv1a } from '../../src/data/persist/fingerprint-dataset';
import { assemblePage, entryStagePreloads, pageFileFor, preparePageShell, routeChunkPreloads, writePage } from './page-template';

/**
 * Publication: after `vite build`, every page the dashboard has for one dataset (overview, each measure, data checks)
 * is rendered to static HTML by the app itself (src/entry-server.tsx, built with `vite build --ssr`), so a visitor sees
 * the figures before any script has run; the browser then hydrates the page (src/app/start-app.tsx).
 */

type ServerEntry = {
  defaultSource: () => { kind: string; url: string };
  publishedPaths: (dataset: Dataset) => string[];
  renderPage: (path: string, dataset: Dataset) => Promise<string>;
};

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

export type PrerenderOptions = {
  /** The client build to publish into (index.html and assets). */
  outDir: string;
  /** Where the server entry is built; by default serverBuildDir(outDir). */
  ssrOutDir?: string;
  /** The indicators file to publish; by default the build's own copy of the default data file. */
  dataFile?: string;
  mode?: string;
  /** Only the overview (the benchmarks), or every page. */
  paths?: 'all' | 'overview';
  log?: (line: string) => void;
};

export type PrerenderResult =
  | { published: true; pages: number; ms: number; dataUrl: string; dataset: Dataset }
  | { published: false; reason: string };

/** Builds the server entry, then renders the site's pages into outDir. */
export async function prerenderSite(options: PrerenderOptions): Promise<PrerenderResult> {
  const outDir = resolve(options.outDir);
  const ssrOutDir = resolve(options.ssrOutDir ?? serverBuildDir(outDir));
  const started = performance.now();
  await buildServerEntry(outDir, ssrOutDir, options.mode ?? 'production');
  (options.log ?? ((line: string) => console.error(line)))(`Built the server entry in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return renderSite({ ...options, outDir, ssrOutDir });
}

/**
 * Where the server entry for a client build goes: under node_modules, so that Node finds the packages it imports
 * wherever the site is built, and out of the upload.
 */
export function serverBuildDir(outDir: string): string {
  const name = createHash('sha1').update(resolve(outDir)).digest('hex').slice(0, 10);
  return resolve('node_modules/.cache/prerender', name);
}

/**
 * `vite build --ssr` of src/entry-server.tsx, and the client build's untouched index.html and manifest kept beside it,
 * so the pages can be rendered again (another dataset) without building again. The manifest leaves the upload, so
 * its presence says the client build is fresh: run again on a build already published, the index.html and manifest
 * kept last time stay (index.html is then a rendered page, not the template).
 */
export async function buildServerEntry(outDir: string, ssrOutDir: string, mode: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve('vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOutDir, emptyOutDir: false, copyPublicDir: false, minify: false, manifest: false },
  });
  const manifest = join(outDir, '.vite', 'manifest.json');
  if (existsSync(manifest)) {
    copyFileSync(join(outDir, 'index.html'), join(ssrOutDir, 'template.html'));
    copyFileSync(manifest, join(ssrOutDir, 'manifest.json'));
  } else if (!existsSync(join(ssrOutDir, 'template.html'))) {
    throw new Error(`${outDir} is not a fresh client build (no .vite/manifest.json) and was never prerendered: run \`vite build\` first`);
  }
  rmSync(join(outDir, '.vite'), { recursive: true, force: true });
}

/** Renders the pages with a server entry already built by buildServerEntry. */
export async function renderSite(options: PrerenderOptions & { ssrOutDir: string }): Promise<PrerenderResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.error(line));
  const outDir = resolve(options.outDir);
  const entry = await loadServerEntry(options.ssrOutDir);
  const { url: dataUrl } = entry.defaultSource();
  const onSite = dataUrl.startsWith('/') && !dataUrl.startsWith('//');
  const siteCopy = onSite ? join(outDir, decodeURIComponent(dataUrl.split('?')[0]!)) : null;
  const dataFile = options.dataFile ? resolve(options.dataFile) : siteCopy;
  if (!dataFile || !existsSync(dataFile)) {
    const reason = `the default data (${dataUrl}) is not part of this build, so the pages are not prerendered: publish with \`npm run publish-site -- path/to/indicators.json\``;
    log(`Prerender skipped: ${reason}.`);
    return { published: false, reason };
  }

  const text = readFileSync(dataFile, 'utf8');
  const dataset = parseOrThrow(text, dataFile);
  if (siteCopy && dataFile !== siteCopy) {
    mkdirSync(dirname(siteCopy), { recursive: true });
    writeFileSync(siteCopy, text);
  }

  const shell = preparePageShell(readFileSync(join(options.ssrOutDir, 'template.html'), 'utf8'), outDir);
  const manifest = readManifest(options.ssrOutDir);
  const appLoad = [...shell.load, ...entryStagePreloads(manifest, shell.load)];
  const base = {
    dataUrl,
    fingerprints: fingerprintsOf(dataset),
    asAt: dataset.reportingPeriod.asAt,
    publishedAt: new Date().toISOString(),
  };
  const paths = options.paths === 'overview' ? ['/'] : entry.publishedPaths(dataset);
  for (const path of paths) {
    const rootHtml = await entry.renderPage(path, dataset);
    const load = [...appLoad, ...routePreloads(path, manifest, appLoad)];
    writePage(pageFileFor(outDir, path), assemblePage(shell, rootHtml, { ...base, path, load } satisfies Publication));
  }
  const ms = performance.now() - started;
  log(`Prerendered ${paths.length} page${paths.length === 1 ? '' : 's'} from ${dataUrl} (as at ${base.asAt}) in ${(ms / 1000).toFixed(1)} s.`);
  return { published: true, pages: paths.length, ms, dataUrl, dataset };
}

/** The screens loaded on demand (src/app/router.tsx) are preloaded with the app on their own pages. */
function routePreloads(path: string, manifest: Manifest, known: DeferredTag[]) {
  const source = path.startsWith('/measure/') ? 'src/app/routes/measure-route.tsx' : path === '/data-checks' ? 'src/app/routes/data-checks-route.tsx' : null;
  return source ? routeChunkPreloads(manifest, source, known) : [];
}

/** SHA-256 and FNV-1a of the dataset as the browser will serialise it (src/data/persist/fingerprint-dataset.ts). */
function fingerprintsOf(dataset: Dataset): string[] {
  const json = JSON.stringify(dataset);
  return [createHash('sha256').update(json, 'utf8').digest('hex'), fnv1a(json)];
}

function parseOrThrow(text: string, file: string): Dataset {
  const decoded = decodeJson(text);
  if (!decoded.ok) throw new Error(`${file} is not valid JSON: ${decoded.message}`);
  const parsed = parseDataset(decoded.json);
  if (parsed.ok) return parsed.dataset;
  const issues = parsed.issues.slice(0, 20).map((issue) => `  ${issue.path}: ${issue.message}`);
  throw new Error(`${file} does not match data contract v1 (${parsed.issues.length} problem(s)):\n${issues.join('\n')}`);
}

function readManifest(ssrOutDir: string): Manifest {
  const file = join(ssrOutDir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}

const entries = new Map<string, Promise<ServerEntry>>();

async function loadServerEntry(ssrOutDir: string): Promise<ServerEntry> {
  // React's production server renderer: the development one is several times slower and not what a visitor gets.
  process.env.NODE_ENV ??= 'production';
  const file = join(ssrOutDir, 'entry-server.js');
  const url = `${pathToFileURL(file).href}?built=${contentHash(file)}`;
  let entry = entries.get(url);
  if (!entry) {
    entry = import(url) as Promise<ServerEntry>;
    entries.set(url, entry);
  }
  return entry;
}

/** A new build is a new module to Node, not the one it has cached. */
function contentHash(file: string): string {
  return createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 8);
}
