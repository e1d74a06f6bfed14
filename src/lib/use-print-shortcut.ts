import { useEffect } from 'react';

/**
 * Ctrl+P (Cmd+P on a Mac) waits for `prepare` before opening the print dialog, when `isReady` says something
 * the printout needs is not loaded yet (the overview's sparkline code, fetched only as tiles scroll into view).
 * Printing must lay the page out synchronously, so it cannot wait by itself. Printing from the browser's menu
 * cannot be held up like this; it starts the loading, so the next print is complete.
 */
export function usePrintShortcut(isReady: () => boolean, prepare: () => Promise<unknown>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const printKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
      if (!printKey || isReady()) return;
      event.preventDefault();
      void prepare()
        .catch(() => undefined)
        .finally(() => window.print());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isReady, prepare]);
}
