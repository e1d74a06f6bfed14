import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publicationBlock, type DeferredTag, type Publication } from '../../src/app/publication';

/**
 * The client build's index.html made into the shell of a published page: the app's scripts, their module preloads and
 * the data preload come out of <head> and into the publication record, for public/page-boot.js to add once the page has
 * painted; the boot script gets a content-hashed name so it can be cached like the other assets.
 */
export type PageShell = { html: string; load: DeferredTag[] };

const DEFERRED = [/<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g, /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, /<link\b[^>]*\brel="preload"[^>]*\bas="fetch"[^>]*>\s*/g];
const BOOT_SRC = '/page-boot.js';

export function preparePageShell(template: string, outDir: string): PageShell {
  if (!template.includes('<div id="root"')) throw new Error('index.html has no <div id="root">');
  const load: DeferredTag[] = [];
  let html = template;
  for (const pattern of DEFERRED) {
    html = html.replace(pattern, (tag) => {
      load.push({ tag: tag.startsWith('<script') ? 'script' : 'link', attrs: readAttributes(tag) });
      return '';
    });
  }
  if (!load.some((item) => item.tag === 'script')) throw new Error('index.html has no module script: is it a client build?');
  // The data first, so its download starts before the scripts'.
  load.sort((a, b) => rank(a) - rank(b));
  return { html: html.replace(`src="${BOOT_SRC}"`, `src="${hashBootScript(outDir)}"`), load };
}

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[] };

/**
 * Module preloads for the chunks the entry imports in stages as it starts (src/main.tsx: the app's code runs in a
 * few tasks, not one), from Vite's manifest: without them each stage would wait for its download.
 */
export function entryStagePreloads(manifest: Record<string, ManifestChunk>, known: DeferredTag[]): DeferredTag[] {
  const tags: DeferredTag[] = [];
  for (const source of manifest['index.html']?.dynamicImports ?? []) tags.push(...routeChunkPreloads(manifest, source, [...known, ...tags]));
  return tags;
}

/** Module preloads for an on-demand screen's chunk and everything it imports, from Vite's manifest. */
export function routeChunkPreloads(manifest: Record<string, ManifestChunk>, source: string, known: DeferredTag[]): DeferredTag[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(source);
  const loaded = new Set(known.map((item) => item.attrs.href ?? item.attrs.src));
  return [...files]
    .map((file) => `/${file}`)
    .filter((href) => !loaded.has(href))
    .map((href) => ({ tag: 'link' as const, attrs: { rel: 'modulepreload', crossorigin: '', href } }));
}

/** One published page: the shell with the page's HTML in #root and its publication record before the boot script. */
export function assemblePage(shell: PageShell, rootHtml: string, publication: Publication): string {
  const withRoot = shell.html.replace(/(<div id="root"[^>]*>)(<\/div>)/, (_, open: string, close: string) => `${open}${rootHtml}${close}`);
  return withRoot.replace(/(\s*)(<script src="[^"]*page-boot[^"]*"><\/script>)/, (_, space: string, boot: string) => `${space}${publicationBlock(publication)}${space}${boot}`);
}

/** Where a path's page goes: "/" is index.html, "/measure/csc-022" is measure/csc-022.html (static hosts serve both). */
export function pageFileFor(outDir: string, path: string): string {
  return path === '/' ? join(outDir, 'index.html') : join(outDir, `${path.slice(1)}.html`);
}

export function writePage(file: string, html: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

function hashBootScript(outDir: string): string {
  const source = join(outDir, BOOT_SRC.slice(1));
  if (!existsSync(source)) throw new Error(`${source} is missing: public/page-boot.js must be copied by the build`);
  const text = readFileSync(source);
  const name = `assets/page-boot-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.js`;
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, name), text);
  return `/${name}`;
}

function readAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>(<\/script>)?\s*$/, '');
  for (const match of inner.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) attrs[match[1]!] = match[2] ?? '';
  return attrs;
}

function rank(item: DeferredTag): number {
  return item.attrs.as === 'fetch' ? 0 : item.tag === 'script' ? 1 : 2;
}
