import { loadDataset } from '../../../src/data/load/load-dataset';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';
import { makeDataset } from '../../fixtures/make-dataset';
import { stubFetch } from '../../fixtures/stub-fetch';

async function failureOf(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset', () => {
  it('returns the validated dataset', async () => {
    stubFetch({ '/data/indicators.json': { json: makeDataset() } });
    const dataset = await loadDataset('/data/indicators.json');
    expect(dataset.measures.map((m) => m.code)).toEqual(['CSC 022', 'CSC 026', 'CSC 201']);
  });

  it('says the file is missing on a 404', async () => {
    stubFetch({ '/data/indicators.json': { status: 404, body: 'Not found' } });
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('/data/indicators.json was not found');
  });

  it('says "not JSON" when the server answers with the app page instead of the file', async () => {
    stubFetch({ '/data/indicators.json': { body: '<!doctype html><html><body></body></html>', contentType: 'text/html' } });
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toContain('returned a web page, not JSON');
  });

  it('reports truncated JSON as not valid JSON', async () => {
    stubFetch({ '/data/indicators.json': { body: '{"schemaVersion": 1, "measures": [' } });
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/is not valid JSON/);
  });

  it('lists validation problems with their paths', async () => {
    const dataset = makeDataset();
    dataset.measures[0]!.monthly[4]!.value = 650;
    stubFetch({ '/data/indicators.json': { json: dataset } });
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('invalid');
    expect(error.issues).toEqual([{ path: 'measures[0].monthly[4].value', message: 'a percentage must be between 0 and 100 (got 650)' }]);
  });

  it('reports a server error with its status', async () => {
    stubFetch({ '/data/indicators.json': { status: 500, body: 'boom' } });
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('http');
    expect(error.message).toBe('The server answered 500 (a server error) for /data/indicators.json.');
  });

  it("gives the status code in our own words, never the server's reason phrase or body", async () => {
    const phrase = 'Service moved, sign in again at https://evil.example/login and call 0800 123 456';
    vi.stubGlobal('fetch', async () => new Response(phrase, { status: 503, statusText: phrase }));
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.message).toBe('The server answered 503 (the server is unavailable) for /data/indicators.json.');
    vi.stubGlobal('fetch', async () => new Response(phrase, { status: 200, headers: { 'content-type': 'application/json' } }));
    const notJson = await failureOf(loadDataset('/data/indicators.json'));
    expect(notJson.message).toBe('/data/indicators.json is not valid JSON: it is not well-formed JSON: an unexpected character "S".');
  });

  it('reports a network failure in our own words', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach /data/indicators.json: the network may be down, or that server does not allow this dashboard to read it.');
  });

  it('gives up after the timeout, body included, and says so', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const error = await failureOf(loadDataset('/feeds/slow.json', undefined, { timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('/feeds/slow.json did not answer within 20 ms.');
  });

  it('passes on a cancellation by react-query rather than calling it a timeout', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const controller = new AbortController();
    const loading = loadDataset('/feeds/slow.json', controller.signal, { timeoutMs: 5_000 });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a feed that says it is over 25 MB without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(++pulled && 1024)) });
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-length': String(26 * 1024 * 1024), 'content-type': 'application/json' } }));
    const error = await failureOf(loadDataset('/data/indicators.json'));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('/data/indicators.json is too large (26.0 MB): files over 25.0 MB are refused.');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a feed of unknown length as soon as it passes 25 MB, and says it is too large', async () => {
    const MB = 1024 * 1024;
    let sent = 0;
    // A chunked answer with no length that would go on for 1.5 GB.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 1536 * MB) controller.close();
        else {
          sent += MB;
          controller.enqueue(new Uint8Array(MB).fill(0x20));
        }
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/json' } }));
    const error = await failureOf(loadDataset('/feeds/endless.json'));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('/feeds/endless.json is too large: reading stopped at 25.0 MB, the most a data file may be.');
    // What the stream had queued ahead of the reader, at most a few chunks past the limit.
    expect(sent).toBeLessThan(30 * MB);
  });


  it('asks the browser to revalidate so that a replaced feed file is seen', async () => {
    const fetchStub = stubFetch({ '/data/indicators.json': { json: makeDataset() } });
    await loadDataset('/data/indicators.json');
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ cache: 'no-cache' });
  });
});
