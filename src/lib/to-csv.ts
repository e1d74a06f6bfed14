import Papa from 'papaparse';

/**
 * CSV that Excel opens correctly: a UTF-8 byte order mark (else Excel guesses Windows-1252 and mangles "–"),
 * CRLF line ends, quoting where needed, and text starting with = + - @ escaped so a measure title can never run
 * as a formula. Numbers are left as numbers.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) },
    { newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
