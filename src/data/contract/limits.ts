/**
 * The limits that keep a hostile or mistaken file from freezing the page, in one place for every way data gets in:
 * feeds (load-dataset.ts), the import (import-file.ts), `npm run convert` and `npm run validate`. The messages quote them.
 */

/** Files and feeds over this are refused, a feed as soon as it passes it: the real report is about 0.2 MB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Long enough for the longest narrative paragraph in a real report, short enough to stop a pasted file. */
export const MAX_TEXT_LENGTH = 20_000;

/** The contract nests six levels deep; anything far deeper is not an indicator file and could exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

/** Enough to see every pattern in a broken file without building a list of a million entries. */
export const MAX_REPORTED_ISSUES = 1000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The one refusal for a file over MAX_FILE_BYTES, whichever entry point met it; null when it is within the limit.
 * `bytes` is null when only a lower bound is known (a feed cut off once it passed the limit).
 */
export function describeOversize(name: string, bytes: number | null): string | null {
  if (bytes !== null && bytes <= MAX_FILE_BYTES) return null;
  const limit = formatMegabytes(MAX_FILE_BYTES);
  if (bytes === null) return `${name} is too large: reading stopped at ${limit}, the most a data file may be.`;
  return `${name} is too large (${formatMegabytes(bytes)}): files over ${limit} are refused.`;
}
