/**
 * `npm run validate -- path/to/file.json`: checks an indicator file against data contract v1.
 * Valid: a one-screen summary plus integrity warnings, exit 0. Invalid: every error with its JSON path, exit 1.
 */
import { readFileSync } from 'node:fs';
import { decodeJson, parseDataset } from '../src/data/contract/parse-dataset';
import { summariseDatasetFile } from '../src/data/contract/summarise-dataset-file';

const path = process.argv[2] ?? 'public/data/indicators.json';

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const decoded = decodeJson(text);
if (!decoded.ok) {
  console.error(`${path} is not valid JSON: ${decoded.message}`);
  process.exit(1);
}

const parsed = parseDataset(decoded.json);
if (!parsed.ok) {
  console.error(`${path} does not match data contract v1: ${parsed.issues.length} problem(s)\n`);
  for (const issue of parsed.issues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}

console.log(summariseDatasetFile(path, parsed.dataset).join('\n'));
