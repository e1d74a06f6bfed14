import Papa from 'papaparse';

/**
 * Text that a spreadsheet would read as a formula: its first visible character is = + - @ (or their full-width
 * forms, which Excel accepts in East Asian locales), whatever comes before it (spaces, tabs, line breaks, invisible
 * characters) and whatever follows it (a line break included: Papa Parse's own pattern stops at one). A cell that
 * starts with a tab or a carriage return is escaped too, as OWASP advises: some spreadsheets drop them.
 */
export const FORMULA_TRIGGER = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

/**
 * CSV that Excel opens correctly: a UTF-8 byte order mark (else Excel guesses Windows-1252 and mangles "–"),
 * CRLF line ends, quoting where needed, and text a spreadsheet would run as a formula prefixed with ' (and
 * quoted), so a measure title can never run as one. Numbers, negative ones included, are left as numbers.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) },
    { newline: '\r\n', escapeFormulae: FORMULA_TRIGGER, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
