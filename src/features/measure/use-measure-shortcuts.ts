import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useSyncExternalStore } from 'react';

/** "[" previous, "]" next: one key each, free in browsers and not used by the overview. */
export const PREVIOUS_KEY = '[';
export const NEXT_KEY = ']';

const STORAGE_KEY = 'csc-dashboard.measure-shortcuts';

/**
 * Single-key shortcuts can be set off by speech input or a stray key press (WCAG 2.1.4), so they can be switched
 * off, and the choice is remembered on this computer. Keys typed into a form field, or with a modifier (browser and
 * screen reader commands), are left alone.
 */
export function useMeasureShortcuts(previousId: string | null, nextId: string | null) {
  const navigate = useNavigate();
  // On until the page is live: the published HTML cannot know this computer's choice, and hydration must match it.
  const enabled = useSyncExternalStore(subscribe, readPreference, () => true);

  const setEnabled = useCallback((on: boolean) => writePreference(on), []);

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isFormField(event.target)) return;
      const id = event.key === PREVIOUS_KEY ? previousId : event.key === NEXT_KEY ? nextId : null;
      if (!id) return;
      event.preventDefault();
      void navigate({ to: '/measure/$measureId', params: { measureId: id }, search: (prev) => prev });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, previousId, nextId, navigate]);

  return { enabled, setEnabled };
}

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

// The choice made on this page, which also stands when storage is blocked; read before the stored one.
let chosen: boolean | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readPreference(): boolean {
  if (chosen !== null) return chosen;
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    // Storage can be blocked by browser policy; shortcuts then simply start on.
    return true;
  }
}

function writePreference(on: boolean) {
  chosen = on;
  try {
    window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered, but still switched for this visit.
  }
  listeners.forEach((listener) => listener());
}
