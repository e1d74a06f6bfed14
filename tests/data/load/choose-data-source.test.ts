import { checkFeedAddress, chooseDataSource } from '../../../src/data/load/choose-data-source';

const ORIGIN = 'https://dashboard.example.gov.uk';
const none = { dataParam: undefined, activeImportId: null, deploymentUrl: null, origin: ORIGIN };

describe('chooseDataSource', () => {
  it('uses the bundled report when nothing else is chosen', () => {
    expect(chooseDataSource(none)).toEqual({ source: { kind: 'bundled', url: '/data/indicators.json' }, rejected: null });
  });

  it('prefers the deployment feed to the bundled report, an active import to both, and a ?data= link to everything', () => {
    expect(chooseDataSource({ ...none, deploymentUrl: '/feeds/live.json' }).source).toEqual({ kind: 'deployment', url: '/feeds/live.json' });
    expect(chooseDataSource({ ...none, deploymentUrl: '/feeds/live.json', activeImportId: 'import-1' }).source).toEqual({ kind: 'imported', versionId: 'import-1' });
    expect(chooseDataSource({ ...none, deploymentUrl: '/feeds/live.json', activeImportId: 'import-1', dataParam: '/feeds/other.json' }).source).toEqual({
      kind: 'link',
      url: '/feeds/other.json',
    });
  });

  it('recognises the bundled report and the deployment feed when a link names them', () => {
    expect(chooseDataSource({ ...none, deploymentUrl: '/feeds/live.json', dataParam: '/data/indicators.json' }).source.kind).toBe('bundled');
    expect(chooseDataSource({ ...none, deploymentUrl: '/feeds/live.json', dataParam: `${ORIGIN}/feeds/live.json` }).source.kind).toBe('deployment');
  });

  it('ignores a dangerous or broken ?data= with a message and falls back', () => {
    expect(chooseDataSource({ ...none, activeImportId: 'import-1', dataParam: 'javascript:alert(1)' })).toEqual({
      source: { kind: 'imported', versionId: 'import-1' },
      rejected: 'The javascript: data address in the link was ignored: only http(s) addresses or paths on this site can be opened.',
    });
  });
});

describe('checkFeedAddress', () => {
  it('keeps same-site addresses as paths, and other sites as full addresses', () => {
    expect(checkFeedAddress('/feeds/test.json', ORIGIN)).toEqual({ ok: true, url: '/feeds/test.json' });
    expect(checkFeedAddress('feeds/test.json?v=2', ORIGIN)).toEqual({ ok: true, url: '/feeds/test.json?v=2' });
    expect(checkFeedAddress(`${ORIGIN}/feeds/test.json`, ORIGIN)).toEqual({ ok: true, url: '/feeds/test.json' });
    expect(checkFeedAddress('https://data.example.org/csc.json', ORIGIN)).toEqual({ ok: true, url: 'https://data.example.org/csc.json' });
    expect(checkFeedAddress('//data.example.org/csc.json', ORIGIN)).toEqual({ ok: true, url: 'https://data.example.org/csc.json' });
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:https://x/1', 'vbscript:x'])('refuses %j', (address) => {
    const result = checkFeedAddress(address, ORIGIN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/was ignored: only http\(s\) addresses or paths on this site can be opened\.$/);
  });

  it('refuses addresses with credentials, and never repeats the text of a refused link', () => {
    expect(checkFeedAddress('https://user:pw@example.org/x.json', ORIGIN)).toEqual({
      ok: false,
      message: 'The data address in the link was ignored: addresses with a user name or password are not allowed.',
    });
    const words = 'Your session has expired: call 0800 123 456 to sign in again';
    for (const address of [`javascript:/*${words}*/`, `https://${words}@example.org`, `http://[${words}]`, `${'a'.repeat(200)}:${words}`]) {
      const result = checkFeedAddress(address, ORIGIN);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).not.toMatch(/session|0800|aaaa/);
    }
  });
});
