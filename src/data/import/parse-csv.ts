import Papa from 'papaparse';
import type { CsvIssue } from './csv-issue';

export type CsvRecords = { records: string[][]; issues: CsvIssue[] };

/** Big enough to parse a 5 MB file in about twenty steps, small enough that each step is quick. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Splits CSV text into records with Papa Parse (quotes, embedded newlines and CRLF handled as Excel writes
 * them). Parsing runs in chunks with a pause after each, so progress can be shown and, on the main thread,
 * the page stays responsive. Row numbers in issues are spreadsheet rows (the header is row 1).
 */
export function parseCsvText(text: string, onProgress: (fraction: number) => void = () => {}): Promise<CsvRecords> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  const issues: CsvIssue[] = [];
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(body, {
      delimiter: guessDelimiter(body),
      header: false,
      // Blank lines are kept so that record numbers stay spreadsheet row numbers; the mapper skips them.
      skipEmptyLines: false,
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const offset = records.length;
        for (const error of results.errors) issues.push(describeParseError(error, offset));
        for (const row of results.data) records.push(row);
        onProgress(Math.min(1, (results.meta.cursor || body.length) / Math.max(body.length, 1)));
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve({ records, issues }),
      error: (error: Error) => reject(error),
    });
  });
}

/**
 * Excel writes commas in the UK, but semicolons where the comma is the decimal mark, and "Unicode text" is
 * tab-separated. Decided from the header row alone: Papa Parse's own guess is fooled by "1,650" in the data.
 */
export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  if (count('\t') > count(',') && count('\t') >= count(';')) return '\t';
  if (count(';') > count(',')) return ';';
  return ',';
}

function describeParseError(error: Papa.ParseError, offset: number): CsvIssue {
  const row = typeof error.row === 'number' ? error.row + offset + 1 : null;
  if (error.code === 'MissingQuotes')
    return { row, column: null, message: 'a quoted cell is never closed (a " without its partner), so the rest of the file was read into it' };
  if (error.code === 'InvalidQuotes') return { row, column: null, message: 'a cell has a stray " inside it: write "" for a quote inside a quoted cell' };
  return { row, column: null, message: error.message };
}
