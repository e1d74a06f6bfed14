import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the browser is printing, from one pair of beforeprint/afterprint listeners for the whole page.
 * The page is laid out for paper as soon as beforeprint returns, so the listener flushes React synchronously:
 * every tile and its sparkline must be drawn by then. A single store (rather than a listener per component)
 * also lets components mounted during that flush (tiles hidden behind "Show all") read `true` at once; a
 * listener they added then would miss the event already being dispatched.
 */
let printing = false;
const subscribers = new Set<() => void>();

function setPrinting(next: boolean) {
  if (printing === next) return;
  printing = next;
  flushSync(() => subscribers.forEach((notify) => notify()));
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, () => false);
}
