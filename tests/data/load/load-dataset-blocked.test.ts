import { loadDataset } from '../../../src/data/load/load-dataset';
import { DatasetLoadError } from '../../../src/data/load/dataset-load-error';

/** What Chromium does when the page's connect-src refuses a fetch: the fetch fails, and a violation event follows. */
function blockingFetch(directive: string) {
  return (url: string) => {
    setTimeout(() => {
      const event = Object.assign(new Event('securitypolicyviolation'), { effectiveDirective: directive, violatedDirective: directive, blockedURI: url });
      document.dispatchEvent(event);
    }, 0);
    return Promise.reject(new TypeError('Failed to fetch'));
  };
}

describe('loadDataset under a Content-Security-Policy', () => {
  it("says that the site's security policy blocked a feed, not that it failed to fetch", async () => {
    vi.stubGlobal('fetch', blockingFetch('connect-src'));
    const error = (await loadDataset('http://data.example.org/indicators.json').catch((e: unknown) => e)) as DatasetLoadError;
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error.kind).toBe('blocked');
    expect(error.message).toBe(
      "http://data.example.org/indicators.json was blocked by this site's security policy, which does not allow data from http://data.example.org. Ask whoever runs this dashboard to allow that site, or use an address it allows.",
    );
  });

  it('still calls a plain network failure a network failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await loadDataset('https://down.example.org/indicators.json').catch((e: unknown) => e)) as DatasetLoadError;
    expect(error.kind).toBe('network');
  });
});
