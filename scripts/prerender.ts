/**
 * Renders the published pages into a client build: run by `vite build` itself (the prerender-pages plugin in
 * vite.config.ts), and by hand as `tsx scripts/prerender.ts --out dist [--data file.json] [--mode production]`.
 */
import { prerenderSite } from './lib/prerender-site';

const outDir = readArg('out') ?? 'dist';
const dataFile = readArg('data');
const mode = readArg('mode') ?? 'production';

prerenderSite({ outDir, dataFile, mode }).catch((error: unknown) => {
  console.error(`Prerendering failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

function readArg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
