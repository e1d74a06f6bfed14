/**
 * Months by name, as the report writes them: "Sep 2023" in tables and labels, "September 2023" in sentences read
 * aloud. A period's label is its name, so the domain owns these; fixed names rather than Intl, because ICU 72+
 * writes September as "Sept" in en-GB, which the report never does.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const EN_DASH = '\u2013';

/** "2023-09" -> "Sep 2023"; anything that is not a month is returned unchanged. */
export function formatMonth(month: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return month;
  return `${MONTH_NAMES[Number(match[2]) - 1]?.slice(0, 3)} ${match[1]}`;
}

/** "2023-04", "2023-09" -> "Apr–Sep 2023"; across calendar years "Oct 2023–Mar 2024"; one month -> "Sep 2023". */
export function formatMonthRange(first: string, last: string): string {
  if (first === last) return formatMonth(first);
  const [firstMonth, firstYear] = formatMonth(first).split(' ');
  if (firstYear !== undefined && last.startsWith(firstYear)) return `${firstMonth}${EN_DASH}${formatMonth(last)}`;
  return `${formatMonth(first)}${EN_DASH}${formatMonth(last)}`;
}

/** "2023-08" -> "August 2023" */
export function formatLongMonth(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${MONTH_NAMES[Number(monthNumber) - 1] ?? month} ${year ?? ''}`.trim();
}

/** "January to July 2023", "November 2022 to May 2023"; one month alone is just that month. */
export function formatLongRange(first: string, last: string): string {
  if (first === last) return formatLongMonth(first);
  const [firstName, firstYear] = formatLongMonth(first).split(' ');
  return firstYear !== undefined && last.startsWith(firstYear)
    ? `${firstName} to ${formatLongMonth(last)}`
    : `${formatLongMonth(first)} to ${formatLongMonth(last)}`;
}
