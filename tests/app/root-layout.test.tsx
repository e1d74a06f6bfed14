import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { createTestQueryClient, renderApp } from '../fixtures/render-app';
import { stubFetch } from '../fixtures/stub-fetch';
import { makeDataset } from '../fixtures/make-dataset';
import { saveImportedDataset } from '../../src/data/persist/imported-dataset-db';
import { resetStoredData } from '../fixtures/reset-stored-data';
import { prefetchFirstDataset } from '../../src/data/load/prefetch-first-dataset';

const BUNDLED_TITLE = "Children's Social Care Performance & Practice Report";

describe('the first load', () => {
  beforeEach(async () => {
    await resetStoredData();
    stubFetch({ '/data/indicators.json': { json: makeDataset() } });
  });

  it('shows the bundled report that was fetched before the first render', async () => {
    const queryClient = createTestQueryClient();
    prefetchFirstDataset(queryClient, { search: '', origin: 'http://localhost' }, null, { refreshMs: 0, fetchTimeoutMs: 15_000 });
    renderApp('/', queryClient);
    expect(await screen.findByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
    // Let the tiles' sparklines finish loading inside the test.
    await waitFor(() => expect(document.querySelector('.recharts-surface')).not.toBeNull());
  });

  it('never flashes the early-fetched bundled report when a stored import is in use', async () => {
    await saveImportedDataset(makeDataset({ title: 'Imported performance extract' }), 'good.csv');
    const queryClient = createTestQueryClient();
    prefetchFirstDataset(queryClient, { search: '', origin: 'http://localhost' }, null, { refreshMs: 0, fetchTimeoutMs: 15_000 });
    await vi.waitFor(() => expect(queryClient.getQueryData(['dataset', '/data/indicators.json'])).toBeDefined());

    renderApp('/', queryClient);
    // The bundled figures are already in the cache, but the stored import has not been looked up yet.
    expect(await screen.findByRole('status')).toHaveTextContent('Loading indicator data');
    expect(screen.queryByRole('heading', { level: 1, name: BUNDLED_TITLE })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Imported performance extract' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: BUNDLED_TITLE })).not.toBeInTheDocument();
  });
});
