/**
 * Whether this browser shows an imported file instead of the published figures, kept where a script can read it
 * before the page is drawn: IndexedDB, where the import itself lives, answers only asynchronously. public/page-boot.js
 * reads the same key to keep a published page's figures hidden until the import is shown in their place.
 */
export const IMPORT_ACTIVE_HINT_KEY = 'csc-dashboard.import-active';

export function rememberImportActive(active: boolean): void {
  try {
    if (active) window.localStorage.setItem(IMPORT_ACTIVE_HINT_KEY, 'true');
    else window.localStorage.removeItem(IMPORT_ACTIVE_HINT_KEY);
  } catch {
    // Storage refused: the published figures may show for a moment before the import replaces them.
  }
}
