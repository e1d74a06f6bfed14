import { foreignFeedOrigin } from '../../../src/data/load/foreign-feed-origin';

const trust = { pageOrigin: 'https://dashboard.example.gov.uk', allowedOrigins: ['https://data.example.gov.uk'], deploymentUrl: null };

describe('foreignFeedOrigin', () => {
  it("names the site of a linked feed that is not the council's", () => {
    expect(foreignFeedOrigin({ kind: 'link', url: 'https://evil.example/figures.json' }, trust)).toBe('https://evil.example');
    expect(foreignFeedOrigin({ kind: 'link', url: 'http://data.example.gov.uk/x.json' }, trust)).toBe('http://data.example.gov.uk');
  });

  it('trusts this site, the allowed sites, the deployment feed, and what the user chose', () => {
    expect(foreignFeedOrigin({ kind: 'link', url: '/feeds/latest.json' }, trust)).toBeNull();
    expect(foreignFeedOrigin({ kind: 'link', url: 'https://data.example.gov.uk/csc/latest.json' }, trust)).toBeNull();
    expect(foreignFeedOrigin({ kind: 'link', url: 'https://feeds.example.org/a.json' }, { ...trust, deploymentUrl: 'https://feeds.example.org/live.json' })).toBeNull();
    expect(foreignFeedOrigin({ kind: 'imported', versionId: 'import-1' }, trust)).toBeNull();
    expect(foreignFeedOrigin({ kind: 'bundled', url: '/data/indicators.json' }, trust)).toBeNull();
    expect(foreignFeedOrigin({ kind: 'deployment', url: 'https://feeds.example.org/live.json' }, trust)).toBeNull();
  });
});
