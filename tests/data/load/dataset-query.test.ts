import { datasetQueryOptions } from '../../../src/data/load/dataset-query';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';
import { createQueryClient } from '../../../src/lib/query-client';

describe('datasetQueryOptions for a feed', () => {
  it('fails once, within the configured timeout, rather than retrying silently and doubling it', async () => {
    const fetchStub = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    vi.stubGlobal('fetch', fetchStub);
    // The app's own client, whose default for other queries is one retry.
    const queryClient = createQueryClient();
    const options = datasetQueryOptions({ kind: 'link', url: '/feeds/silent.json' }, { refreshMs: 0, fetchTimeoutMs: 50 });
    const error = await queryClient.fetchQuery(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toBe('/feeds/silent.json did not answer within 50 ms.');
    expect(fetchStub).toHaveBeenCalledTimes(1);
    queryClient.clear();
  });
});
