import { act, renderHook } from '@testing-library/react';
import { useSlowFetch } from '../../src/app/use-slow-fetch';
import { describeSlowFeed } from '../../src/app/build-source-view';

describe('useSlowFetch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns true once a fetch has run for the given time, and false as soon as it ends', () => {
    const { result, rerender } = renderHook(({ fetching }) => useSlowFetch(fetching, 5_000), { initialProps: { fetching: true } });
    act(() => vi.advanceTimersByTime(4_999));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ fetching: false });
    expect(result.current).toBe(false);
    rerender({ fetching: true });
    expect(result.current).toBe(false);
  });
});

describe('describeSlowFeed', () => {
  it('says early how long it has waited and when it will give up', () => {
    expect(describeSlowFeed('/feeds/slow.json', 15_000, false)).toBe(
      'The feed /feeds/slow.json is slow to answer: still waiting after 5 seconds. The dashboard gives up after 15 seconds and then says why.',
    );
    expect(describeSlowFeed('/feeds/slow.json', 6_000, true)).toBe(
      'The feed /feeds/slow.json is slow to answer: still waiting after 2 seconds. The dashboard gives up after 6 seconds and the figures on screen stay until then.',
    );
  });
});
