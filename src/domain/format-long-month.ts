/**
 * Months written out, for sentences a manager reads aloud ("August 2023" rather than the tables' "Aug 2023").
 * Kept apart from lib/format because only narrative (SPC explanations, drafted commentary) uses them.
 */

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-08" -> "August 2023" */
export function formatLongMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${LONG_MONTHS[Number(monthNumber) - 1] ?? month} ${year ?? ''}`.trim();
}

/** "January to July 2023", "November 2022 to May 2023"; one month alone is just that month. */
export function formatLongRange(first: string, last: string): string {
  if (first === last) return formatLongMonth(first);
  const [firstName, firstYear] = formatLongMonth(first).split(' ');
  return firstYear !== undefined && last.startsWith(firstYear)
    ? `${firstName} to ${formatLongMonth(last)}`
    : `${formatLongMonth(first)} to ${formatLongMonth(last)}`;
}

/** "June and August 2023"; across years each month keeps its year: "December 2022 and January 2023". */
export function joinLongMonths(months: readonly string[]): string {
  const years = new Set(months.map((m) => m.slice(0, 4)));
  if (years.size !== 1) return joinWords(months.map(formatLongMonth));
  return `${joinWords(months.map((m) => formatLongMonth(m).split(' ')[0] ?? m))} ${[...years][0]}`;
}

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
