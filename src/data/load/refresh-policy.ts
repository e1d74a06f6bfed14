/**
 * When to check a feed again. Normally every `refreshMs`; after a failed check, sooner and then less often
 * (5 s, 10 s, 20 s ... never longer than the normal interval), so a blip recovers quickly and a feed that is
 * down for the night is not hammered.
 */

export const FIRST_RETRY_MS = 5_000;

/**
 * When to say that a feed is slow: 5 s into a check, or a third of the way to the timeout if that is sooner, so the
 * user hears early that something is wrong rather than watching "Loading…" until the timeout.
 */
export function slowFeedAfterMs(timeoutMs: number): number {
  return Math.min(5_000, Math.round(timeoutMs / 3));
}

export function nextCheckDelay(consecutiveFailures: number, refreshMs: number): number | false {
  if (consecutiveFailures <= 0) return refreshMs > 0 ? refreshMs : false;
  const backOff = FIRST_RETRY_MS * 2 ** Math.min(consecutiveFailures - 1, 16);
  return refreshMs > 0 ? Math.min(backOff, refreshMs) : Math.min(backOff, 5 * 60_000);
}

type QueryLike = { state: { status: string; dataUpdateCount: number; errorUpdateCount: number } };

// react-query resets its own failure count when a check starts, so the streak is counted here: errors
// since the last success. Keyed by the query object, so a new cache starts from nothing.
const errorsAtLastSuccess = new WeakMap<object, number>();

export function consecutiveFailures(query: QueryLike): number {
  const { status, errorUpdateCount } = query.state;
  if (status !== 'error') {
    errorsAtLastSuccess.set(query, errorUpdateCount);
    return 0;
  }
  return errorUpdateCount - (errorsAtLastSuccess.get(query) ?? 0);
}
