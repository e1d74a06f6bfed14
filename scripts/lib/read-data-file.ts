import { readFileSync, statSync } from 'node:fs';
import { checkFileBeforeReading } from '../../src/data/import/import-file';
import { decodeFileBytes } from '../../src/data/import/decode-file-bytes';

/**
 * Reads a data file for `npm run convert` and `npm run validate` under the dashboard's own limits and decoding
 * (import-file.ts): a file every dashboard would refuse is refused here too, before it is read, and a file saved
 * as UTF-16 or Windows-1252 is read as the dashboard reads it. Returns the text, or the message to print.
 */
export function readDataFile(path: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const refused = checkFileBeforeReading(path, statSync(path).size);
    if (refused && !refused.ok) return { ok: false, message: refused.message };
    return { ok: true, text: decodeFileBytes(readFileSync(path)).text };
  } catch (error) {
    return { ok: false, message: `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
