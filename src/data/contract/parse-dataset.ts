import { datasetSchema, datasetSchemaFastPath } from './indicator-schema';
import type { Dataset } from '../../domain/indicators';
import { capIssues, describeIssues, type DataIssue } from './describe-issues';
import { MAX_JSON_DEPTH, MAX_REPORTED_ISSUES } from './limits';

/** `issues` lists at most MAX_REPORTED_ISSUES problems (then a note of how many more); `total` counts them all. */
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[]; total: number };

/** Validates already-decoded JSON against data contract v1, reporting every problem at once. */
export function parseDataset(json: unknown): ParseResult {
  // The fast schema accepts only what datasetSchema accepts, with the same output, so its success can be trusted;
  // its failure may be a false alarm and its messages are not ours, so every failure is judged by the full schema.
  const fast = datasetSchemaFastPath.safeParse(json);
  if (fast.success) return { ok: true, dataset: fast.data };
  const result = datasetSchema.safeParse(json);
  if (result.success) return { ok: true, dataset: result.data };
  const { issues } = result.error;
  return { ok: false, issues: capIssues(describeIssues(issues.slice(0, MAX_REPORTED_ISSUES)), issues.length), total: issues.length };
}

/**
 * Decodes JSON text; a syntax error becomes one message with the parser's own position. A UTF-8 byte order
 * mark (Excel and Notepad write one) is dropped. Browsers' JSON parsers do not recurse, so deep nesting is no
 * danger to them, and the contract's schema never walks into fields it does not know; a parser that does run out
 * of stack is answered with where the file nests too deeply. (Scanning every file for that first cost a third
 * as much again as parsing it.)
 */
export function decodeJson(text: string): { ok: true; json: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (body.trim() === '') return { ok: false, message: 'the file is empty' };
    const tooDeep = isOutOfStack(error) ? findExcessiveNesting(body, MAX_JSON_DEPTH) : null;
    if (tooDeep !== null)
      return { ok: false, message: `it is nested more than ${MAX_JSON_DEPTH} levels deep (at ${describePosition(body, tooDeep)}); an indicator file needs about six` };
    const syntax = describeSyntaxError(body, message);
    if (/(^|[\s:,[])(-?Infinity|NaN)\s*[,}\]]/.test(body))
      return { ok: false, message: `${syntax}. NaN and Infinity are not allowed: write null for a missing figure` };
    return { ok: false, message: syntax };
  }
}

/**
 * The parser's complaint in our own words. V8 quotes the text around the fault ('Unexpected token 'S', "Service mo"...'),
 * which would put a server's words in the dashboard's mouth, so only the character and the position are kept.
 */
function describeSyntaxError(body: string, message: string): string {
  if (/end of (JSON )?(input|data)/i.test(message)) return 'the file ends in the middle of the data (is it cut short?)';
  const position = /at position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const where = position
    ? ` at ${describePosition(body, Number(position[1]))}`
    : lineColumn
      ? ` at line ${lineColumn[1]}, column ${lineColumn[2]}`
      : '';
  const index = position ? Number(position[1]) : -1;
  const character = index >= 0 ? body.charAt(index) : (/Unexpected token '(.)'/.exec(message)?.[1] ?? '');
  const what = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `an unexpected character ${JSON.stringify(character)}` : 'an unexpected character';
  return `it is not well-formed JSON: ${what}${where}`;
}

/** V8 and JavaScriptCore throw a RangeError when the stack runs out; Firefox an InternalError ("too much recursion"). */
function isOutOfStack(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && /recursion|call stack/i.test(error.message));
}

/**
 * Character index where nesting first passes `max` levels, or null. One pass, no recursion. Strings are jumped
 * over with indexOf (a 13 MB file is mostly strings), a quote after an odd run of backslashes being escaped.
 */
export function findExcessiveNesting(text: string, max: number): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      i = findClosingQuote(text, i);
      if (i === -1) return null;
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return i;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return null;
}

/** Index of the quote that closes the string opened at `open`, or -1 when the text ends first. */
function findClosingQuote(text: string, open: number): number {
  for (let i = text.indexOf('"', open + 1); i !== -1; i = text.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

function describePosition(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}
