/** Limits that keep a hostile or mistaken file from freezing the page; the messages quote them. */

/** Files and feeds over this are refused before being read: the real report is about 0.2 MB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The contract nests six levels deep; anything far deeper is not an indicator file and could exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

/** Enough to see every pattern in a broken file without building a list of a million entries. */
export const MAX_REPORTED_ISSUES = 1000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
