import { formatLongMonth } from '../domain/calendar';

/** Joining words for sentences a manager reads aloud. */

/** "June and August 2023"; across years each month keeps its year: "December 2022 and January 2023". */
export function joinLongMonths(months: readonly string[]): string {
  const years = new Set(months.map((m) => m.slice(0, 4)));
  if (years.size !== 1) return joinWords(months.map(formatLongMonth));
  return `${joinWords(months.map((m) => formatLongMonth(m).split(' ')[0] ?? m))} ${[...years][0]}`;
}

/** "a, b and c" */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "up 2 on Q1" -> "Up 2 on Q1" */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
