/**
 * `npm run publish-site -- path/to/indicators.json [--out dist] [--gzip]`: the analyst's monthly publication. Checks the
 * file against data contract v1 (as `npm run validate` does, stopping on any error), builds the dashboard with that
 * file as its data, and renders every page (overview, each measure, data checks) to static HTML, so that the folder is
 * ready to upload to any static host. `--gzip` also writes a `.gz` beside each text file, for hosts that serve
 * precompressed files (nginx `gzip_static`). Hosting and headers: docs/deployment.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { decodeJson, parseDataset } from '../src/data/contract/parse-dataset';
import { summariseDatasetFile } from '../src/data/contract/summarise-dataset-file';
import { prerenderSite } from './lib/prerender-site';
import { precompressAll } from './lib/precompress';

const USAGE = 'Usage: npm run publish-site -- path/to/indicators.json [--out dist] [--gzip]';

async function main(args: string[]) {
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
  if (!file) fail(USAGE);
  const outDir = resolve(readOption(args, 'out') ?? 'dist');
  const started = performance.now();

  console.log(checkFile(file).join('\n'));
  console.log(`\nBuilding the dashboard into ${relative(process.cwd(), outDir) || '.'} ...`);
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    // The pages are rendered below, from the analyst's file rather than the build's own copy.
    env: { ...process.env, PRERENDER: 'off' },
  });
  if (build.status !== 0) fail(`The build failed (status ${build.status}); nothing was published.`);

  const result = await prerenderSite({ outDir, dataFile: file, log: (line) => console.log(line) });
  if (!result.published) fail(`Nothing was published: ${result.reason}.`);
  if (!result.dataUrl.startsWith('/'))
    console.log(
      `Note: this build reads its figures from ${result.dataUrl} (VITE_DATA_URL). The pages were rendered from ${file}: ` +
        'publish that same file at that address, or visitors will see a notice that the figures changed since publication.',
    );
  if (args.includes('--gzip')) precompressAll(outDir);

  const { dataset } = result;
  console.log(
    `\nPublished ${result.pages} pages for ${dataset.authority.name} (${dataset.title}, data as at ${dataset.reportingPeriod.asAt}) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.\nUpload the contents of ${relative(process.cwd(), outDir) || '.'}/ to the web server; ` +
      'the headers it needs (Content-Security-Policy, clean page addresses) are in docs/deployment.md.',
  );
}

/** The validator's checks: stops with every problem and its JSON path, or returns the summary of a good file. */
function checkFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = decodeJson(text);
  if (!decoded.ok) fail(`${file} is not valid JSON: ${decoded.message}. Nothing was published.`);
  const parsed = parseDataset(decoded.json);
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `  ${issue.path}: ${issue.message}`);
    fail(`${file} does not match data contract v1: ${parsed.issues.length} problem(s). Nothing was published.\n\n${lines.join('\n')}`);
  }
  return summariseDatasetFile(file, parsed.dataset);
}

function readOption(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(`Publishing failed: ${error instanceof Error ? error.message : String(error)}`));
