/**
 * Reading one spreadsheet cell, accepting what Excel writes: thousands separators ("1,650"), percent signs
 * ("79.8%"), fractions ("27 / 44"), `Apr-23` or `2023-04` months, `2023/24` years, TRUE/FALSE, blanks.
 * Each reader returns a value or a message that quotes the cell, so the analyst can find and fix it.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

const MAX_QUOTED = 40;
/** The cell as quoted in a message: long cells are cut so a pasted essay does not flood the list. */
export function quoteCell(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

/** Trims ordinary and non-breaking spaces, which Excel keeps from pasted web tables. */
export function cleanCell(text: string | undefined): string {
  return (text ?? '').replace(/^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g, '');
}

const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
const NOT_FINITE = /^[-+]?(nan|inf|infinity|∞)$/i;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export type NumberCell = { number: number; percent: boolean } | null;

/** A figure: blank is null (no figure), never zero. */
export function readNumber(raw: string): CellResult<NumberCell> {
  const text = cleanCell(raw);
  if (text === '') return ok(null);
  if (EXCEL_ERROR.test(text)) return fail(`${quoteCell(text)} is an Excel error, not a figure: fix the formula, or leave the cell blank for no figure`);
  if (NOT_FINITE.test(text)) return fail(`${quoteCell(text)} is not a finite number: leave the cell blank for no figure`);
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).trimEnd();
  if (PLAIN_NUMBER.test(digits)) return ok({ number: Number(digits), percent });
  if (GROUPED_NUMBER.test(digits)) return ok({ number: Number(digits.replaceAll(',', '')), percent });
  if (/^[-+]?\d+,\d{1,2}$/.test(digits)) return fail(`${quoteCell(text)} is not a number: write decimals with a full stop ("${digits.replace(',', '.')}")`);
  return fail(`${quoteCell(text)} is not a number`);
}

export type FigureCell = { value: number | null; numerator?: number; denominator?: number; percent: boolean };

/** A value cell: a number, or a fraction "27 / 44" giving numerator and denominator (the dashboard works out the %). */
export function readFigure(raw: string): CellResult<FigureCell> {
  const text = cleanCell(raw);
  const fraction = EXCEL_ERROR.test(text) ? null : /^([^/]+)\/([^/]+)$/.exec(text);
  if (fraction) {
    const top = readNumber(fraction[1] ?? '');
    const bottom = readNumber(fraction[2] ?? '');
    if (!top.ok || !bottom.ok || top.value === null || bottom.value === null || top.value.percent || bottom.value.percent)
      return fail(`${quoteCell(text)} is not a fraction like "27 / 44"`);
    return ok({ value: null, numerator: top.value.number, denominator: bottom.value.number, percent: false });
  }
  const number = readNumber(text);
  if (!number.ok) return number;
  return ok({ value: number.value?.number ?? null, percent: number.value?.percent ?? false });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * `monthFirst`: for a date such as "4/1/2023", which reads as 4 January day first (UK) but as 1 April month first
 * (US), the month it would be read month first, so the import can warn. Absent when the order is not in doubt.
 */
export type PeriodCell = { kind: 'month'; month: string; monthFirst?: string } | { kind: 'year'; year: string };

/**
 * "2023-04", "Apr-23", "Apr 2023", "April 2023", "Sept-23" or a date in the month ("01/04/2023", "2023-04-01")
 * are months; "2023/24" is a financial year (the Annual Trend rows).
 */
export function readPeriod(raw: string): CellResult<PeriodCell> {
  const text = cleanCell(raw);
  const hint = 'use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")';
  if (text === '') return fail(`the period is blank: ${hint}`);
  let match = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  if (match) return monthOf(Number(match[1]), Number(match[2]), text, hint);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return readSlashDate(Number(match[1]), Number(match[2]), Number(match[3]), text, hint);
  match = /^([a-z]+)\.?[-\s/]?(\d{2}|\d{4})$/i.exec(text);
  if (match) {
    const word = (match[1] ?? '').toLowerCase();
    const index = word === 'sept' ? 8 : word.length === 3 ? MONTHS.indexOf(word) : FULL_MONTHS.indexOf(word);
    const yearText = match[2] ?? '';
    if (index >= 0) return monthOf(yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText), index + 1, text, hint);
  }
  match = /^(\d{4})\/(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const start = Number(match[1]);
    const end = Number(match[2]);
    const consecutive = (match[2] ?? '').length === 2 ? (start + 1) % 100 === end : start + 1 === end;
    if (!consecutive) return fail(`${quoteCell(text)} is not a financial year: the two years must follow each other, like "2023/24"`);
    return ok({ kind: 'year', year: `${start}/${String((start + 1) % 100).padStart(2, '0')}` });
  }
  return fail(`${quoteCell(text)} is not a period: ${hint}`);
}

/**
 * A date in the month, day first as in the UK. Written month first (US), "4/13/2023" cannot be a UK date and is
 * refused with a hint; "4/1/2023" can be either, and is flagged unless its day-first reading is the likelier one
 * (periods are written as the first or last day of their month: "01/04/2023" is 1 April, not 4 January).
 */
function readSlashDate(first: number, second: number, year: number, text: string, hint: string): CellResult<PeriodCell> {
  if (second > 12 && first >= 1 && first <= 12)
    return fail(`${quoteCell(text)} looks like a US date (month first): write the day first ("${second}/${String(first).padStart(2, '0')}/${year}") or the month as "${year}-${String(first).padStart(2, '0')}"`);
  const read = monthOf(year, second, text, hint);
  if (!read.ok || read.value.kind !== 'month' || first > 12 || first === second) return read;
  if (isFirstOrLastDay(first, second, year) && !isFirstOrLastDay(second, first, year)) return read;
  return ok({ ...read.value, monthFirst: `${year}-${String(first).padStart(2, '0')}` });
}

function isFirstOrLastDay(day: number, month: number, year: number): boolean {
  return day === 1 || day === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(year: number, month: number, text: string, hint: string): CellResult<PeriodCell> {
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return fail(`${quoteCell(text)} is not a period: ${hint}`);
  return ok({ kind: 'month', month: `${year}-${String(month).padStart(2, '0')}` });
}

/** An ISO date, or a UK date as Excel writes it ("30/09/2023"). */
export function readDate(raw: string): CellResult<string | null> {
  const text = cleanCell(raw);
  if (text === '') return ok(null);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return fail(`${quoteCell(text)} is not a date: write it as "2023-09-30" or "30/09/2023"`);
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail(`${quoteCell(text)} is not a real date`);
  return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

export function readBoolean(raw: string): CellResult<boolean | null> {
  const text = cleanCell(raw).toLowerCase();
  if (text === '') return ok(null);
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail(`${quoteCell(cleanCell(raw))} is not yes or no: write TRUE or FALSE`);
}

/** One of a fixed list, forgiving case and spaces ("Higher is better" -> "higher-is-better") and known aliases. */
export function readChoice<T extends string>(raw: string, choices: readonly T[], aliases: Record<string, T> = {}): CellResult<T | null> {
  const text = cleanCell(raw);
  if (text === '') return ok(null);
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  // hasOwn: a cell reading "__proto__" or "constructor" must not find Object.prototype's members.
  const found = choices.find((choice) => choice === key) ?? (Object.hasOwn(aliases, key) ? aliases[key] : undefined);
  if (found) return ok(found);
  return fail(`${quoteCell(text)} is not one of ${choices.map((c) => `"${c}"`).join(', ')}`);
}
