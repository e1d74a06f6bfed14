import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * Writes `<file>.gz` (level 9) beside a file, as a build step for a static host that serves precompressed
 * files (nginx `gzip_static`, or a CDN that keeps the compressed copy) would.
 */
export function precompress(file: string): void {
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
}

/** Precompresses every text file of a build (HTML, JS, CSS, JSON, SVG). */
export function precompressAll(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompressAll(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) precompress(path);
  }
}
