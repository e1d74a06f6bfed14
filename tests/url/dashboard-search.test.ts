import { parseSearchString, stringifySearchObject, validateDashboardSearch } from '../../src/url/dashboard-search';

describe('dashboard search params', () => {
  it('reads comma lists, period, status and search text', () => {
    const raw = parseSearchString('?area=front-door,children-in-care&period=2023-24-Q2&status=off,near&q=re-ref');
    expect(validateDashboardSearch(raw)).toEqual({
      area: ['front-door', 'children-in-care'],
      period: '2023-24-Q2',
      status: ['off', 'near'],
      q: 're-ref',
    });
  });

  it('keeps numeric-looking values as text ("022" stays "022")', () => {
    expect(validateDashboardSearch(parseSearchString('?q=022&period=2023-24'))).toEqual({ q: '022', period: '2023-24' });
  });

  it('drops malformed values instead of failing, so old links still open', () => {
    const raw = parseSearchString('?area=Front%20Door,ok-area&period=September&status=off,purple&q=');
    expect(validateDashboardSearch(raw)).toEqual({ area: ['ok-area'], status: ['off'] });
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const raw = parseSearchString('?__proto__=polluted&q=x');
    expect(validateDashboardSearch(raw)).toEqual({ q: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes readable links with commas and omits empty filters', () => {
    expect(stringifySearchObject({ area: ['a', 'b'], status: [], q: 'CSC 022', period: undefined })).toBe('?area=a,b&q=CSC%20022');
    expect(stringifySearchObject({})).toBe('');
  });
});
