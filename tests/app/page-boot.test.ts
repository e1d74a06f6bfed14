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

type BootOptions = { pathname?: string; search?: string; hint?: string | null; visible?: boolean; published?: boolean; paintTiming?: boolean };

function boot({ pathname = '/measure/csc-022', search = '', hint = null, visible = true, published = true, paintTiming = false }: BootOptions = {}) {
  const classes = new Set(['no-js']);
  const added: Added[] = [];
  const frames: (() => void)[] = [];
  const timers: { task: () => void; delay: number }[] = [];
  // A stand-in for the browser's paint timing: observers hear of paints reported after they start observing, and of
  // earlier ones when they ask for buffered entries.
  const paints: string[] = [];
  const observers: { callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void; observing: boolean }[] = [];
  const notify = (observer: (typeof observers)[number], names: string[]) => {
    if (observer.observing && names.length) observer.callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly entry;
    constructor(callback: (typeof observers)[number]['callback']) {
      this.entry = { callback, observing: false };
      observers.push(this.entry);
    }
    observe({ type, buffered }: { type: string; buffered?: boolean }) {
      if (type !== 'paint') return;
      this.entry.observing = true;
      if (buffered) notify(this.entry, paints);
    }
    disconnect() {
      this.entry.observing = false;
    }
  }
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
  const window = {
    localStorage: { getItem: (key: string) => (key === IMPORT_ACTIVE_HINT_KEY ? hint : null) },
    ...(paintTiming ? { PerformanceObserver } : {}),
  };
  const run = new Function('document', 'location', 'window', 'requestAnimationFrame', 'setTimeout', BOOT);
  run(document, { pathname, search }, window, (frame: () => void) => frames.push(frame), (task: () => void, delay = 0) => timers.push({ task, delay }));
  /** Runs the timers due within `ms`, as the browser would once that time has passed. */
  const wait = (ms = 0) => {
    // Tasks queued by the tasks that run are due too, as in the browser.
    while (timers.some((timer) => timer.delay <= ms)) {
      const due = timers.filter((timer) => timer.delay <= ms);
      timers.splice(0, timers.length, ...timers.filter((timer) => timer.delay > ms));
      due.forEach((timer) => timer.task());
    }
  };
  /** A frame: its animation callbacks run, then the tasks they queued. */
  const paint = () => {
    frames.splice(0).forEach((frame) => frame());
    wait(0);
  };
  /** The browser reports a paint once its frame is on screen, then runs the tasks queued meanwhile. */
  const reportPaint = (name: string) => {
    paints.push(name);
    observers.forEach((observer) => notify(observer, [name]));
    wait(0);
  };
  const parsed = () => listeners.DOMContentLoaded?.();
  return { classes, added, paint, parsed, reportPaint, wait };
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

  it('with paint timing, loads the app once the first contentful paint is on screen, not at the frame that drew it', () => {
    const page = boot({ paintTiming: true });
    page.parsed();
    page.paint();
    page.reportPaint('first-paint');
    expect(page.added).toEqual([]);
    page.reportPaint('first-contentful-paint');
    expect(page.added.map((item) => item.tag)).toEqual(['link', 'script']);
  });

  it('with paint timing, loads the app at once when the page was on screen before it was all read', () => {
    const page = boot({ paintTiming: true });
    page.reportPaint('first-contentful-paint');
    expect(page.added).toEqual([]);
    page.parsed();
    page.wait(0);
    expect(page.added).toHaveLength(2);
  });

  it('loads the app 3 s after the page is read when no paint is ever reported', () => {
    const page = boot({ paintTiming: true });
    page.parsed();
    page.paint();
    page.wait(2999);
    expect(page.added).toEqual([]);
    page.wait(3000);
    expect(page.added).toHaveLength(2);
    // Once only, whichever comes first.
    page.reportPaint('first-contentful-paint');
    expect(page.added).toHaveLength(2);
  });

  it('hides the published figures for another view or an active import, and loads the app at once', () => {
    for (const options of [{ search: '?period=2023-07' }, { search: '?data=%2Ffeeds%2Flive.json' }, { pathname: '/present' }, { hint: 'true' }]) {
      const page = boot(options);
      expect([...page.classes], JSON.stringify(options)).toEqual(['figures-pending']);
      // The data first, at once; the app's script a task later (one tag a task).
      expect(page.added.map((item) => item.attrs.href ?? item.attrs.src)).toEqual(['/data/indicators.json']);
      page.wait(0);
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
    const page = boot({ visible: false });
    page.wait(0);
    expect(page.added).toHaveLength(2);
  });

  it('only marks scripts as running on a page the app draws itself', () => {
    const page = boot({ published: false });
    expect([...page.classes]).toEqual([]);
    page.parsed();
    page.paint();
    expect(page.added).toEqual([]);
  });
});
