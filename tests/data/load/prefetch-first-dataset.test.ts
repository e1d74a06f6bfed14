import { QueryClient } from '@tanstack/react-query';
import { prefetchFirstDataset } from '../../../src/data/load/prefetch-first-dataset';
import { stubFetch } from '../../fixtures/stub-fetch';
import { makeDataset } from '../../fixtures/make-dataset';

const settings = { refreshMs: 0, fetchTimeoutMs: 15_000 };
const origin = 'http://localhost';

function start(search: string, deploymentUrl: string | null = null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const first = prefetchFirstDataset(queryClient, { search, origin }, deploymentUrl, settings);
  return { queryClient, url: first?.url, settled: first?.settled };
}

describe('prefetchFirstDataset', () => {
  it('starts loading and validating the bundled report when the address names no feed', async () => {
    const fetchStub = stubFetch({ '/data/indicators.json': { json: makeDataset() } });
    const { queryClient, url, settled } = start('?period=2023-Q2');
    expect(url).toBe('/data/indicators.json');
    expect(fetchStub).toHaveBeenCalledTimes(1);
    await settled;
    expect(queryClient.getQueryData(['dataset', '/data/indicators.json'])).toMatchObject({ title: makeDataset().title });
  });

  it('loads the feed a shared link names, and the deployment feed by default', async () => {
    stubFetch({ '/feeds/october.json': { status: 404 }, '/feeds/live.json': { status: 404 } });
    const linked = start('?data=%2Ffeeds%2Foctober.json');
    expect(linked.url).toBe('/feeds/october.json');
    expect(start('', '/feeds/live.json').url).toBe('/feeds/live.json');
    // A failed load settles too (the error stays in the cache for the app to show), so a start-up can wait on it.
    await expect(linked.settled).resolves.toBeUndefined();
    expect(linked.queryClient.getQueryState(['dataset', '/feeds/october.json'])?.status).toBe('error');
  });

  it('loads the bundled report in place of an address the app would refuse', () => {
    const fetchStub = stubFetch({ '/data/indicators.json': { status: 404 } });
    expect(start('?data=javascript:alert(1)').url).toBe('/data/indicators.json');
    expect(fetchStub.mock.calls.map(([input]) => String(input))).toEqual(['/data/indicators.json']);
  });
});
