import type { Dataset } from '../../domain/indicators';
import type { DataIssue } from '../contract/describe-issues';
import { decodeJson, parseDataset } from '../contract/parse-dataset';
import { parseCsvText } from './parse-csv';
import { convertCsvRecords } from './convert-csv';
import { toDataIssues } from './csv-issue';
import type { CsvDefaults } from './build-csv-dataset';
import { MAX_FILE_BYTES, formatMegabytes } from '../contract/limits';
import { decodeFileBytes } from './decode-file-bytes';
import { addBenchmarks, isBenchmarksOnly } from '../benchmarks/add-benchmarks';

export type ImportFormat = 'csv' | 'json';
export type ImportPhase = 'reading' | 'parsing' | 'checking';
export type ImportProgress = { phase: ImportPhase; fraction: number };

export type ImportResult =
  | { ok: true; fileName: string; format: ImportFormat; dataset: Dataset; warnings: string[] }
  | { ok: false; fileName: string; format: ImportFormat | null; message: string; issues: DataIssue[] };

type Progress = (progress: ImportProgress) => void;

/**
 * Reads a dropped or chosen file: JSON in data contract v1, or CSV in the long format. Runs in the import
 * worker, or on the main thread where workers are unavailable. The size limit is checked before reading.
 */
export async function importFile(file: Blob & { name: string }, defaults: CsvDefaults, onProgress: Progress = () => {}): Promise<ImportResult> {
  const refused = checkFileBeforeReading(file.name, file.size);
  if (refused) return refused;
  onProgress({ phase: 'reading', fraction: 0 });
  const { text } = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
  return importText(text, file.name, defaults, onProgress);
}

export function checkFileBeforeReading(fileName: string, size: number): ImportResult | null {
  if (size > MAX_FILE_BYTES)
    return fail(fileName, null, `${fileName} is ${formatMegabytes(size)}; files over ${formatMegabytes(MAX_FILE_BYTES)} are refused. Split it, or leave out years the dashboard does not need.`);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName))
    return fail(fileName, null, `${fileName} is a spreadsheet workbook, not CSV: in Excel choose File > Save As > "CSV UTF-8", then import that file.`);
  if (size === 0) return fail(fileName, null, `${fileName} is empty.`);
  return null;
}

/** The same checks for text already in memory (the CLI reads files itself). */
export async function importText(text: string, fileName: string, defaults: CsvDefaults, onProgress: Progress = () => {}): Promise<ImportResult> {
  if (text.length > MAX_FILE_BYTES) return fail(fileName, null, `${fileName} is over ${formatMegabytes(MAX_FILE_BYTES)}; files that large are refused.`);
  if (text.slice(0, 4096).includes('\u0000')) return fail(fileName, null, `${fileName} is not a text file: import CSV (UTF-8) or JSON.`);
  const format = detectFormat(text, fileName);
  onProgress({ phase: 'parsing', fraction: 0 });

  if (format === 'json') {
    const decoded = decodeJson(text);
    if (!decoded.ok) return fail(fileName, format, `${fileName} is not valid JSON: ${decoded.message}.`);
    onProgress({ phase: 'checking', fraction: 0.5 });
    if (isBenchmarksOnly(decoded.json)) return addBenchmarks(decoded.json, fileName, defaults.onScreen);
    const parsed = parseDataset(decoded.json);
    if (!parsed.ok) return fail(fileName, format, problemsIn(fileName, parsed.issues.length, 'data contract v1'), parsed.issues);
    return { ok: true, fileName, format, dataset: parsed.dataset, warnings: [] };
  }

  const { records, issues: parseIssues } = await parseCsvText(text, (fraction) => onProgress({ phase: 'parsing', fraction }));
  onProgress({ phase: 'checking', fraction: 1 });
  const converted = convertCsvRecords(records, defaults, parseIssues);
  if (!converted.ok) return fail(fileName, format, problemsIn(fileName, converted.issues.length, 'the CSV format'), toDataIssues(converted.issues));
  return { ok: true, fileName, format, dataset: converted.dataset, warnings: converted.warnings };
}

export function detectFormat(text: string, fileName: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return /^[\uFEFF\s]*[{[]/.test(text) ? 'json' : 'csv';
}

function problemsIn(fileName: string, count: number, format: string): string {
  return `${fileName} does not match ${format}: ${count} problem${count === 1 ? '' : 's'}. Fix ${count === 1 ? 'it' : 'them'} and import the file again.`;
}

function fail(fileName: string, format: ImportFormat | null, message: string, issues: DataIssue[] = []): ImportResult {
  return { ok: false, fileName, format, message, issues };
}
