import type { BenchmarkSymbol } from '../../domain/benchmarks';
import { formatFinancialYear } from '../../domain/period';

/**
 * Reading the cells of a DfE Explore Education Statistics (EES) data file, by DfE's open data standards
 * (docs/benchmarks.md cites them): time_period is four digits for a reporting or calendar year and six consecutive
 * digits for a financial or academic year (202223); indicators are numbers or a GSS symbol.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A row's time_period and time_identifier as a period of our contract:
 * - "Reporting year" 2023 is the year ending 31 March 2023, our financial year "2022/23" (children's social care
 *   collections, such as children in need and children looked after, count the year to 31 March);
 * - "Financial year" 202223 is "2022/23"; "Financial year Q1" 202324 is "2023/24 Q1";
 * - a month ("April") with 2023 is "2023-04".
 * Academic, calendar and tax years, terms and weeks do not line up with April to March, so they are refused.
 */
export function readEesPeriod(timePeriod: string, timeIdentifier: string): CellResult<string> {
  const period = timePeriod.trim();
  const identifier = timeIdentifier.trim();
  const known = identifier.toLowerCase();
  const four = /^\d{4}$/.test(period);
  const six = /^(\d{4})(\d{2})$/.exec(period);
  const sixDigits = () => {
    if (!six) return { ok: false as const, message: `"${period}" is not a six-digit year such as 202223, which "${identifier}" needs` };
    const start = Number(six[1]);
    if ((start + 1) % 100 !== Number(six[2])) return { ok: false as const, message: `"${period}" does not name two consecutive years (202223 is 2022 to 2023)` };
    return { ok: true as const, value: formatFinancialYear(start) };
  };

  if (known === 'reporting year') {
    if (!four) return { ok: false, message: `"${period}" is not a four-digit year, which "Reporting year" needs` };
    return { ok: true, value: formatFinancialYear(Number(period) - 1) };
  }
  if (known === 'financial year') return sixDigits();
  const quarter = /^financial year q([1-4])$/.exec(known);
  if (quarter) {
    const year = sixDigits();
    return year.ok ? { ok: true, value: `${year.value} Q${quarter[1]}` } : year;
  }
  const month = MONTHS.findIndex((name) => name.toLowerCase() === known);
  if (month >= 0) {
    if (!four) return { ok: false, message: `"${period}" is not a four-digit year, which a month ("${identifier}") needs` };
    return { ok: true, value: `${period}-${String(month + 1).padStart(2, '0')}` };
  }
  if (['academic year', 'calendar year', 'tax year'].includes(known) || /term|^week /.test(known))
    return { ok: false, message: `"${identifier}" does not run April to March: benchmarks are read for financial years ("Reporting year" to 31 March, "Financial year"), their quarters, or months` };
  return { ok: false, message: `"${identifier}" is not a time_identifier of DfE's open data standards` };
}

/** GSS symbols for a missing figure, and the older ones DfE's screener still recognises (":" unavailable, "~" rounds to zero). */
const SYMBOLS: Record<string, BenchmarkSymbol> = { c: 'c', x: 'x', z: 'z', low: 'low', u: 'u', k: 'k', ':': 'x', '~': 'low', '': 'blank' };

export type EesFigure = { value: number | null; symbol?: BenchmarkSymbol };

/** An indicator cell: a number, or null with the symbol that says why ("c", "x", "z", "low", "u", "k", blank). Never zero. */
export function readEesFigure(cell: string): CellResult<EesFigure> {
  const text = cell.replace(/\u00a0/g, ' ').trim();
  const symbol = SYMBOLS[text.toLowerCase()];
  if (symbol) return { ok: true, value: { value: null, symbol } };
  if (/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return { ok: true, value: { value } };
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
    return { ok: false, message: `"${text}" has a thousands separator: EES files hold plain numbers such as 1650` };
  return { ok: false, message: `"${text}" is neither a number nor a GSS symbol (c, x, z, low, u, k, or blank)` };
}
