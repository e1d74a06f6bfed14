import { dataPreloadTag } from '../../../src/data/load/bundled-data-url';

describe('dataPreloadTag', () => {
  it('preloads the bundled report as a fetch the app can reuse', () => {
    expect(dataPreloadTag(undefined)).toEqual({
      tag: 'link',
      attrs: { rel: 'preload', href: '/data/indicators.json', as: 'fetch', crossorigin: 'anonymous' },
      injectTo: 'head',
    });
    expect(dataPreloadTag('  ')?.attrs.href).toBe('/data/indicators.json');
  });

  it("preloads a deployment's feed on the same site, and nothing on another site", () => {
    expect(dataPreloadTag('/feeds/live.json')?.attrs.href).toBe('/feeds/live.json');
    expect(dataPreloadTag('https://data.example.gov.uk/csc.json')).toBeNull();
    expect(dataPreloadTag('//data.example.gov.uk/csc.json')).toBeNull();
  });
});
