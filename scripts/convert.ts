/**
 * `npm run convert -- input.csv [--authority "Name"] [--title "Report title"] [--financial-year 2023/24]
 *   [--quarter 2] [--as-at 2023-09-30] > indicators.json`
 *
 * Converts the CSV long format (docs/csv-format.md) to data contract v1 with the same parser and validation as
 * the dashboard's import. Valid: the JSON on stdout, exit 0. Invalid: every problem on stderr with its row
 * and column, nothing on stdout, exit 1. Flags fill in file details the CSV does not have as columns.
 */
import { parseArgs } from 'node:util';
import { importText } from '../src/data/import/import-file';
import type { CsvDefaults } from '../src/data/import/build-csv-dataset';
import { readDataFile } from './lib/read-data-file';

const USAGE = 'Usage: npm run convert -- input.csv [--authority NAME] [--title TITLE] [--financial-year 2023/24] [--quarter 1-4] [--as-at YYYY-MM-DD] > indicators.json';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        authority: { type: 'string' },
        title: { type: 'string' },
        'financial-year': { type: 'string' },
        quarter: { type: 'string' },
        'as-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  if (values.help || !path || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }

  const defaults: CsvDefaults = {};
  if (values.authority) defaults.authority = values.authority;
  if (values.title) defaults.title = values.title;
  if (values['financial-year']) defaults.financialYear = values['financial-year'];
  if (values['as-at']) defaults.asAt = values['as-at'];
  if (values.quarter) {
    const quarter = Number(values.quarter.replace(/^q/i, ''));
    if (![1, 2, 3, 4].includes(quarter)) {
      console.error(`--quarter must be 1 to 4 (got "${values.quarter}")`);
      return 1;
    }
    defaults.quarter = quarter as 1 | 2 | 3 | 4;
  }

  const file = readDataFile(path);
  if (!file.ok) {
    console.error(file.message);
    return 1;
  }

  const result = await importText(file.text, path, defaults);
  if (!result.ok) {
    console.error(result.message);
    for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
