import { readFileSync } from 'node:fs';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { screen, waitFor, within } from '@testing-library/react';
import { renderPage, publishedPaths } from '../../src/entry-server';
import { hydratePublishedPage } from '../../src/app/start-app';
import { createAppRouter } from '../../src/app/router';
import { IMPORT_STATE_KEY } from '../../src/data/load/dataset-query';
import { parseDataset } from '../../src/data/contract/parse-dataset';
import type { Dataset } from '../../src/domain/indicators';
import { createTestQueryClient } from '../fixtures/render-app';

/**
 * The published pages as React's development build sees them: each page rendered to HTML as at publication
 * (src/entry-server.tsx), then hydrated by the browser's start-up code. React's development build reports any
 * difference between the two, attributes included, on the console, which fails the test (tests/setup.ts).
 */

function readDataset(file: string): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.dataset;
}

const bundled = readDataset('public/data/indicators.json');
const demo = readDataset('public/data/demo-synthetic.json');

let root: Root | null = null;

beforeEach(() => {
  // React's server renderer and its browser renderer mark each context they provide with their own sigil. Here both
  // run in one JavaScript realm, so the browser's first render finds the server's mark and warns of two renderers at
  // once; published pages are rendered in Node and hydrated in a browser, where that cannot happen. Every other
  // console.error still fails the test.
  const spy = vi.mocked(console.error);
  const record = spy.getMockImplementation();
  spy.mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Detected multiple renderers concurrently rendering the same context provider')) return;
    record?.(...args);
  });
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.getElementById('root')?.remove();
  delete document.documentElement.dataset.app;
});

async function publishThenHydrate(path: string, dataset: Dataset) {
  const html = await renderPage(path, dataset);
  const container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  container.insertAdjacentHTML('afterbegin', html);
  window.history.replaceState(null, '', path);

  // What the browser knows before it hydrates: no import, and the same figures from the data file.
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(IMPORT_STATE_KEY, { current: null, history: [] });
  queryClient.setQueryData(['dataset', '/data/indicators.json'], dataset);
  const mismatches: unknown[] = [];
  const published = container.firstElementChild;
  await act(async () => {
    root = await hydratePublishedPage(container, createAppRouter(), queryClient, (error) => mismatches.push(error));
  });
  await waitFor(() => expect(document.documentElement.dataset.app).toBe('hydrated'));
  expect(mismatches).toEqual([]);
  // Hydrated, not drawn again: the published elements are the ones on screen.
  expect(container.firstElementChild).toBe(published);
  return { html, container };
}

describe('published pages', () => {
  it('lists the overview, every measure and the data checks', () => {
    const paths = publishedPaths(bundled);
    expect(paths).toHaveLength(bundled.measures.length + 2);
    expect(paths.slice(0, 2)).toEqual(['/', '/measure/csc-022']);
    expect(paths.at(-1)).toBe('/data-checks');
  });

  // Every tile rendered twice by React's development build: the slowest test here, so it gets a longer limit.
  it('publishes the overview with its figures, and the browser hydrates it without a difference', { timeout: 40_000 }, async () => {
    const { html, container } = await publishThenHydrate('/', bundled);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<script/);
    const tile = within(container).getAllByRole('article').find((article) => article.textContent?.includes('CSC 022'));
    expect(tile).toHaveTextContent('81.3%');
    expect(tile).toHaveTextContent('Target 90%');
    expect(screen.getByRole('region', { name: 'Data source' })).toHaveTextContent(/Last checked at \d\d:\d\d:\d\d/);
  });

  it('publishes a measure page with its table, and the charts wait for the browser', async () => {
    const { html } = await publishThenHydrate('/measure/csc-022', bundled);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/recharts/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('CSC 022: Monthly % of referrals completed within 1 working day');
    expect(screen.getByRole('region', { name: 'Headline for Sep 2023' })).toHaveTextContent('81.3%');
    expect(screen.getByRole('table', { name: 'CSC 022: monthly figures, 2023/24' })).toHaveTextContent('65.0%');
  });

  it('publishes a count without a target, a year-to-date measure and the data checks', async () => {
    await publishThenHydrate('/measure/csc-001', bundled);
    act(() => root?.unmount());
    document.getElementById('root')?.remove();
    await publishThenHydrate('/measure/csc-038', bundled);
    act(() => root?.unmount());
    document.getElementById('root')?.remove();
    const { html } = await publishThenHydrate('/data-checks', bundled);
    expect(screen.getByRole('heading', { level: 1, name: 'Data checks' })).toBeInTheDocument();
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('publishes the statistical process control panel of a long series', async () => {
    const { html } = await publishThenHydrate('/measure/demo-referrals-1-day', demo);
    expect(screen.getByRole('list', { name: 'SPC summary' })).toBeInTheDocument();
    expect(html).not.toMatch(/\sstyle="/);
  });
});
