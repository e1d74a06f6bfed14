import { yieldToMain } from '../../src/lib/yield-to-main';

describe('yieldToMain', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('resumes in a later task, after work already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToMain();
    order.push('resumed');
    expect(order).toEqual(['microtask', 'queued task', 'resumed']);
  });

  it("uses the browser's scheduler.yield where there is one", async () => {
    let asked = 0;
    (globalThis as { scheduler?: unknown }).scheduler = { yield: () => (asked++, Promise.resolve()) };
    await yieldToMain();
    expect(asked).toBe(1);
  });
});
