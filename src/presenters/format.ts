import type { Unit } from '../domain/indicators';
import { decimalsFor, roundTo } from '../domain/numbers';
import { formatDecimal, formatLongDate } from './format-en-gb';

/**
 * Display formatting for indicator figures, en-GB. Percentages and rates show one decimal place (as the
 * report does), counts are whole numbers. Negative signs use the true minus sign (U+2212) so screen readers
 * and tabular layouts treat them as numbers, not hyphens.
 */

const MINUS = '\u2212';
const EMPTY = '\u2014';

// Not Intl: format-en-gb.ts says why.
const oneDecimal = { format: (value: number) => formatDecimal(value, 1, 1) };
const wholeNumber = { format: (value: number) => formatDecimal(value, 0, 0) };
const upToOneDecimal = { format: (value: number) => formatDecimal(value, 0, 1) };

/** "78.0%", "1,650", "159.1 per 10k"; an em dash for a missing figure. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return EMPTY;
  const number = formatMagnitude(value, unit);
  return withUnit(number, unit);
}

/** A target as the report writes it, without a trailing ".0": "90%", "95", "52.5 per 10k". */
export function formatTarget(target: number, unit: Unit): string {
  return withUnit(upToOneDecimal.format(roundTo(target, 1)), unit);
}

/** A signed change: "+3.2 pp", "−4", "+12.5 per 10k"; zero has no sign. */
export function formatChange(difference: number, unit: Unit): string {
  const rounded = roundTo(difference, decimalsFor(unit));
  const sign = rounded > 0 ? '+' : rounded < 0 ? MINUS : '';
  return `${sign}${formatDifference(Math.abs(rounded), unit)}`;
}

/**
 * An unsigned difference between two figures of a unit, for sentences: "25.0 pp", "4", "3.6 per 10k".
 * Percentages differ in percentage points, never in "%".
 */
export function formatDifference(difference: number, unit: Unit): string {
  const number = formatMagnitude(difference, unit);
  if (unit === 'percent') return `${number} pp`;
  return withUnit(number, unit);
}

/** A ratio as a signed percentage: 0.042 -> "+4.2%". */
export function formatRelative(ratio: number): string {
  const rounded = roundTo(ratio * 100, 1);
  const sign = rounded > 0 ? '+' : rounded < 0 ? MINUS : '';
  return `${sign}${oneDecimal.format(Math.abs(rounded))}%`;
}

/** "2023-09-30" -> "30 September 2023"; an invalid date is returned unchanged rather than shown as "Invalid Date". */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) return isoDate;
  return formatLongDate(date);
}

function formatMagnitude(value: number, unit: Unit): string {
  const rounded = roundTo(value, decimalsFor(unit));
  // Avoid "-0.0" when a tiny negative rounds to zero.
  const safe = rounded === 0 ? 0 : rounded;
  return unit === 'count' ? wholeNumber.format(safe) : oneDecimal.format(safe);
}

function withUnit(number: string, unit: Unit): string {
  if (unit === 'percent') return `${number}%`;
  if (unit === 'rate-per-10k') return `${number} per 10k`;
  return number;
}
