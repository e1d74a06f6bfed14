import { consecutiveFailures, nextCheckDelay } from '../../../src/data/load/refresh-policy';

describe('nextCheckDelay', () => {
  it('checks on the refresh interval while all is well', () => {
    expect(nextCheckDelay(0, 300_000)).toBe(300_000);
    expect(nextCheckDelay(0, 0)).toBe(false);
  });

  it('backs off after failures: 5 s, 10 s, 20 s ... never longer than the interval', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => nextCheckDelay(n, 300_000))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(nextCheckDelay(3, 8_000)).toBe(8_000);
  });

  it('still retries a failing feed when polling is off, at most every five minutes', () => {
    expect(nextCheckDelay(1, 0)).toBe(5_000);
    expect(nextCheckDelay(40, 0)).toBe(300_000);
  });
});

describe('consecutiveFailures', () => {
  it('counts errors since the last success of this query', () => {
    const query = { state: { status: 'success', dataUpdateCount: 1, errorUpdateCount: 2 } };
    expect(consecutiveFailures(query)).toBe(0);
    query.state = { status: 'error', dataUpdateCount: 1, errorUpdateCount: 3 };
    expect(consecutiveFailures(query)).toBe(1);
    query.state = { status: 'error', dataUpdateCount: 1, errorUpdateCount: 5 };
    expect(consecutiveFailures(query)).toBe(3);
    query.state = { status: 'success', dataUpdateCount: 2, errorUpdateCount: 5 };
    expect(consecutiveFailures(query)).toBe(0);
    query.state = { status: 'error', dataUpdateCount: 2, errorUpdateCount: 6 };
    expect(consecutiveFailures(query)).toBe(1);
  });

  it('counts from the start for a query that never succeeded', () => {
    expect(consecutiveFailures({ state: { status: 'error', dataUpdateCount: 0, errorUpdateCount: 2 } })).toBe(2);
  });
});
