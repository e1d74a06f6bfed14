import { readFileSync } from 'node:fs';
import { isPublishedAddress, publicationBlock, PUBLICATION_ELEMENT_ID, type Publication } from '../../src/app/publication';
import { IMPORT_ACTIVE_HINT_KEY } from '../../src/data/persist/import-hint';

/**
 * public/page-boot.js runs in the browser before anything else, as a plain script; here it runs against a stand-in
 * document, to check it keeps the rules the app keeps (src/app/publication.ts, src/data/persist/import-hint.ts).
 */
const BOOT = readFileSync('public/page-boot.js', 'utf8');

const publication: Publication = {
  path: '/measure/csc-022',
  dataUrl: '/data/indicators.json',
  fingerprints: ['abc'],
  asAt: '2023-09-30',
  publishedAt: '2023-10-06T09:30:00.000Z',
  load: [
    { tag: 'link', attrs: { rel: 'preload', href: '/data/indicators.json', as: 'fetch', crossorigin: 'anonymous' } },
    { tag: 'script', attrs: { type: 'module', crossorigin: '', src: '/assets/index.js', onload: 'alert(1)' } },
  ],
};

type Added = { tag: string; attrs: Record<string, string> };

function boot({ pathname = '/measure/csc-022', search = '', hint = null as string | null, visible = true, published = true } = {}) {
  const classes = new Set(['no-js']);
  const added: Added[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const listeners: Record<string, () => void> = {};
  const blockText = publicationBlock(publication).replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
  const document = {
    documentElement: { classList: { add: (name: string) => classes.add(name), remove: (name: string) => classes.delete(name) } },
    getElementById: (id: string) => (published && id === PUBLICATION_ELEMENT_ID ? { textContent: blockText } : null),
    createElement: (tag: string) => {
      const element: Added & { setAttribute: (name: string, value: string) => void } = { tag, attrs: {}, setAttribute: (name, value) => (element.attrs[name] = value) };
      return element;
    },
    head: { appendChild: (element: Added) => added.push({ tag: element.tag, attrs: element.attrs }) },
    visibilityState: visible ? 'visible' : 'hidden',
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  };
  const window = { localStorage: { getItem: (key: string) => (key === IMPORT_ACTIVE_HINT_KEY ? hint : null) } };
  const run = new Function('document', 'location', 'window', 'requestAnimationFrame', 'setTimeout', BOOT);
  run(document, { pathname, search }, window, (frame: () => void) => frames.push(frame), (task: () => void) => timers.push(task));
  const paint = () => {
    frames.splice(0).forEach((frame) => frame());
    timers.splice(0).forEach((task) => task());
  };
  const parsed = () => listeners.DOMContentLoaded?.();
  return { classes, added, paint, parsed };
}

describe('page-boot.js', () => {
  it('shows the published page when the address asks for it, and loads the app once the page is read and painted', () => {
    const page = boot();
    expect([...page.classes]).toEqual([]);
    page.paint();
    expect(page.added).toEqual([]);
    page.parsed();
    expect(page.added).toEqual([]);
    page.paint();
    expect(page.added).toEqual([
      { tag: 'link', attrs: { rel: 'preload', href: '/data/indicators.json', as: 'fetch', crossorigin: 'anonymous' } },
      // Only the attributes a tag to load needs: nothing that runs code.
      { tag: 'script', attrs: { type: 'module', crossorigin: '', src: '/assets/index.js' } },
    ]);
  });

  it('hides the published figures for another view or an active import, and loads the app at once', () => {
    for (const options of [{ search: '?period=2023-07' }, { search: '?data=%2Ffeeds%2Flive.json' }, { pathname: '/present' }, { hint: 'true' }]) {
      const page = boot(options);
      expect([...page.classes], JSON.stringify(options)).toEqual(['figures-pending']);
      expect(page.added).toHaveLength(2);
    }
  });

  it('agrees with the app on which addresses are the published page', () => {
    const addresses = [
      { pathname: '/measure/csc-022', search: '' },
      { pathname: '/measure/csc-022', search: '?q=022' },
      { pathname: '/measure/csc-022/', search: '' },
      { pathname: '/measure/csc-026', search: '' },
      { pathname: '/', search: '?area=front-door' },
    ];
    for (const address of addresses) {
      const pending = boot(address).classes.has('figures-pending');
      expect(pending, `${address.pathname}${address.search}`).toBe(!isPublishedAddress(address, publication));
    }
  });

  it('loads the app at once in a page opened in the background, which gets no animation frames', () => {
    expect(boot({ visible: false }).added).toHaveLength(2);
  });

  it('only marks scripts as running on a page the app draws itself', () => {
    const page = boot({ published: false });
    expect([...page.classes]).toEqual([]);
    page.parsed();
    page.paint();
    expect(page.added).toEqual([]);
  });
});
