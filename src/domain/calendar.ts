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

/** "2023-09" -> "30 Sep 2023": the last day of the month, where a month-end position stands. */
export function formatMonthEnd(month: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return month;
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return `${lastDay} ${formatMonth(month)}`;
}

/**
 * Months without their year, runs joined by a dash: ["2023-05", "2023-06", "2023-09"] -> "May–Jun and Sep";
 * for a clause such as "Sep blank in the report", where the sentence already names the year.
 */
export function formatMonthList(months: readonly string[]): string {
  const runs: string[][] = [];
  for (const month of [...months].sort()) {
    const run = runs.at(-1);
    if (run && nextMonth(run.at(-1) ?? '') === month) run.push(month);
    else runs.push([month]);
  }
  const name = (month: string) => formatMonth(month).split(' ')[0] ?? month;
  const parts = runs.map((run) => (run.length === 1 ? name(run[0] ?? '') : `${name(run[0] ?? '')}${EN_DASH}${name(run.at(-1) ?? '')}`));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function nextMonth(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}
