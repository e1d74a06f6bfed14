import { sinceOf, validatePackSearch } from '../../src/url/pack-search';

describe('the pack in the URL', () => {
  it('reads the measures in order, the name and the comparison', () => {
    expect(validatePackSearch({ pack: 'csc-228,csc-022,csc-040', name: ' Week 12 ', since: 'version:feed-2023-10-03T09:00:00.000Z-1a2b3c4d' })).toEqual({
      pack: ['csc-228', 'csc-022', 'csc-040'],
      name: 'Week 12',
      since: 'version:feed-2023-10-03T09:00:00.000Z-1a2b3c4d',
    });
  });

  it('drops malformed ids, repeats and a comparison it does not know, so a hand-edited link still opens', () => {
    expect(validatePackSearch({ pack: 'csc-022,<script>,csc-022,,CSC 040', since: 'tuesday' })).toEqual({ pack: ['csc-022'] });
    expect(validatePackSearch({ pack: ',,' })).toEqual({});
  });

  it('opens a pack with "Since last meeting" against the period before, unless turned off; a plain presentation without', () => {
    expect(sinceOf({ pack: ['csc-022'] })).toBe('previous');
    expect(sinceOf({ pack: ['csc-022'], since: 'off' })).toBeNull();
    expect(sinceOf({})).toBeNull();
    expect(sinceOf({ since: 'file' })).toBe('file');
  });
});
