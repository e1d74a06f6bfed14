type SchedulerWithYield = { yield?: () => Promise<void> };

/**
 * Lets the browser run what waits (input, a frame) before the rest of the app's start-up goes on: the start is
 * cut into tasks of a few milliseconds instead of one long task that a tap on a slow phone has to wait for.
 * `scheduler.yield()` where there is one (it resumes ahead of other queued work), a new task otherwise.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
