/**
 * `npm run validate -- path/to/file.json`: checks an indicator file against data contract v1, under the same limits
 * as every dashboard (a file they would refuse fails here too). Valid: a one-screen summary plus integrity warnings,
 * exit 0. Invalid: every error with its JSON path (up to the limit the dashboard lists), exit 1.
 */
import { decodeJson, parseDataset } from '../src/data/contract/parse-dataset';
import { summariseDatasetFile } from '../src/data/contract/summarise-dataset-file';
import { readDataFile } from './lib/read-data-file';

const path = process.argv[2] ?? 'public/data/indicators.json';

const file = readDataFile(path);
if (!file.ok) {
  console.error(file.message);
  process.exit(1);
}

const decoded = decodeJson(file.text);
if (!decoded.ok) {
  console.error(`${path} is not valid JSON: ${decoded.message}`);
  process.exit(1);
}

const parsed = parseDataset(decoded.json);
if (!parsed.ok) {
  console.error(`${path} does not match data contract v1: ${parsed.total} problem(s)\n`);
  for (const issue of parsed.issues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}

console.log(summariseDatasetFile(path, parsed.dataset).join('\n'));
