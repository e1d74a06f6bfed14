import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePage, entryStagePreloads, pageFileFor, preparePageShell, routeChunkPreloads } from '../../scripts/lib/page-template';
import type { Publication } from '../../src/app/publication';

// index.html as `vite build` writes it (the shape of dist/index.html).
const BUILT = `<!doctype html>
<html lang="en-GB" class="no-js">
  <head>
    <title>CSC Performance Dashboard</title>
    <script src="/page-boot.js"></script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-dom-abc.js">
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <link rel="preload" href="/data/indicators.json" as="fetch" crossorigin="anonymous">
  </head>
  <body>
    <div id="root" class="in-[.figures-pending]:hidden"></div>
  </body>
</html>`;

function buildDir() {
  const dir = mkdtempSync(join(tmpdir(), 'page-template-'));
  writeFileSync(join(dir, 'page-boot.js'), '(function(){})();');
  return dir;
}

describe('preparePageShell', () => {
  it('moves the scripts and the data preload out of the way of the first paint, data first, keeping the stylesheet', () => {
    const dir = buildDir();
    const shell = preparePageShell(BUILT, dir);
    expect(shell.load).toEqual([
      { tag: 'link', attrs: { rel: 'preload', href: '/data/indicators.json', as: 'fetch', crossorigin: 'anonymous' } },
      { tag: 'script', attrs: { type: 'module', crossorigin: '', src: '/assets/index-abc.js' } },
      { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: '/assets/react-dom-abc.js' } },
    ]);
    expect(shell.html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(shell.html).not.toMatch(/type="module"|modulepreload|as="fetch"/);
    // The boot script under a content-hashed name, as the other assets.
    const boot = /<script src="(\/assets\/page-boot-[0-9a-f]{8}\.js)"><\/script>/.exec(shell.html)?.[1];
    expect(boot).toBeDefined();
    expect(readFileSync(join(dir, boot!), 'utf8')).toBe('(function(){})();');
  });

  it('refuses a page that is not a client build', () => {
    expect(() => preparePageShell('<html><body></body></html>', buildDir())).toThrow('index.html has no <div id="root">');
  });
});

describe('assemblePage', () => {
  it('puts the page in #root and its publication record just before the boot script', () => {
    const shell = preparePageShell(BUILT, buildDir());
    const publication: Publication = { path: '/', dataUrl: '/data/indicators.json', fingerprints: ['f'], asAt: '2023-09-30', publishedAt: 'x', load: shell.load };
    const page = assemblePage(shell, '<main><h1>Report</h1></main>', publication);
    expect(page).toContain('<div id="root" class="in-[.figures-pending]:hidden"><main><h1>Report</h1></main></div>');
    expect(page).toMatch(/<script type="application\/json" id="csc-publication">[^<]*<\/script>\s*<script src="\/assets\/page-boot-/);
    // No script the Content-Security-Policy would block: every <script> has a src or is a JSON block.
    for (const tag of page.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="|type="application\/json"/);
  });
});

describe('routeChunkPreloads', () => {
  it('preloads an on-demand screen and the chunks it imports, once each, leaving out what the app already loads', () => {
    const manifest = {
      'src/app/routes/measure-route.tsx': { file: 'assets/measure-route-1.js', imports: ['_shared.js', '_react.js'] },
      '_shared.js': { file: 'assets/shared-2.js', imports: ['_react.js'] },
      '_react.js': { file: 'assets/react-dom-abc.js' },
    };
    const known = [{ tag: 'link' as const, attrs: { rel: 'modulepreload', href: '/assets/react-dom-abc.js' } }];
    expect(routeChunkPreloads(manifest, 'src/app/routes/measure-route.tsx', known).map((tag) => tag.attrs.href)).toEqual([
      '/assets/measure-route-1.js',
      '/assets/shared-2.js',
    ]);
  });
});

describe('pageFileFor', () => {
  it('writes the overview as index.html and other pages as .html files that static hosts serve at clean addresses', () => {
    expect(pageFileFor('/site', '/')).toBe('/site/index.html');
    expect(pageFileFor('/site', '/measure/csc-022')).toBe('/site/measure/csc-022.html');
    expect(pageFileFor('/site', '/data-checks')).toBe('/site/data-checks.html');
  });
});

describe('entryStagePreloads', () => {
  it("preloads every chunk the entry imports as it starts, in the entry's order, and what they import, once each", () => {
    const manifest = {
      'index.html': { file: 'assets/index-1.js', dynamicImports: ['src/data/contract/parse-dataset.ts', 'src/app/start-app.tsx'] },
      'src/data/contract/parse-dataset.ts': { file: 'assets/parse-dataset-2.js', imports: ['_zod.js'] },
      'src/app/start-app.tsx': { file: 'assets/start-app-3.js', imports: ['_zod.js', 'src/data/contract/parse-dataset.ts'] },
      '_zod.js': { file: 'assets/zod-4.js' },
    };
    const known = [{ tag: 'script' as const, attrs: { type: 'module', src: '/assets/index-1.js' } }];
    expect(entryStagePreloads(manifest, known).map((tag) => tag.attrs)).toEqual([
      { rel: 'modulepreload', crossorigin: '', href: '/assets/parse-dataset-2.js' },
      { rel: 'modulepreload', crossorigin: '', href: '/assets/zod-4.js' },
      { rel: 'modulepreload', crossorigin: '', href: '/assets/start-app-3.js' },
    ]);
  });
});
