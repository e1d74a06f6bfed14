import { readConfig } from '../../src/lib/config';

describe('readConfig', () => {
  it('has defaults: bundled report, five-minute refresh, 15-second timeout', () => {
    expect(readConfig({})).toEqual({ dataUrl: null, refreshMs: 300_000, fetchTimeoutMs: 15_000, feedOrigins: [] });
  });

  it('reads the deployment settings', () => {
    expect(readConfig({ VITE_DATA_URL: ' /feeds/live.json ', VITE_REFRESH_SECONDS: '60', VITE_FETCH_TIMEOUT_SECONDS: '5' })).toEqual({
      dataUrl: '/feeds/live.json',
      refreshMs: 60_000,
      fetchTimeoutMs: 5_000,
      feedOrigins: [],
    });
    expect(readConfig({ VITE_REFRESH_SECONDS: '0' }).refreshMs).toBe(0);
  });

  it('falls back to the default with a warning for a value that is not a number of seconds', () => {
    const warnings: string[] = [];
    const config = readConfig({ VITE_REFRESH_SECONDS: 'five', VITE_FETCH_TIMEOUT_SECONDS: '0' }, (message) => warnings.push(message));
    expect(config.refreshMs).toBe(300_000);
    expect(config.fetchTimeoutMs).toBe(15_000);
    expect(warnings).toEqual([
      'VITE_REFRESH_SECONDS="five" is not a number of seconds (at least 0); using 300.',
      'VITE_FETCH_TIMEOUT_SECONDS="0" is not a number of seconds (at least 1); using 15.',
    ]);
  });

  it('reads the origins whose feeds are the council\'s own, leaving out anything that is not an origin', () => {
    const warnings: string[] = [];
    const config = readConfig(
      { VITE_FEED_ORIGINS: 'https://data.example.gov.uk, https://STATS.example.org/ https://data.example.gov.uk\nhttps://x.org/path ftp://x.org nonsense' },
      (message) => warnings.push(message),
    );
    expect(config.feedOrigins).toEqual(['https://data.example.gov.uk', 'https://stats.example.org']);
    expect(warnings).toEqual([
      'VITE_FEED_ORIGINS: "https://x.org/path" is not an origin like "https://data.example.gov.uk"; it was left out.',
      'VITE_FEED_ORIGINS: "ftp://x.org" is not an origin like "https://data.example.gov.uk"; it was left out.',
      'VITE_FEED_ORIGINS: "nonsense" is not an origin like "https://data.example.gov.uk"; it was left out.',
    ]);
  });
});
