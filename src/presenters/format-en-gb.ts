/**
 * en-GB numbers, dates and times as Intl writes them, without Intl. The first Intl formatter (or locale comparison)
 * a page makes loads the browser's locale data: 30-110 ms of main thread in one piece on this machine, four times
 * that on Lighthouse's phone. The published page formats figures and the source bar's time while it hydrates, so
 * that load was one long task holding up the first tap.
 */

/** "1,650", "78.0", "52.5": `value` already rounded (roundTo) to at most `maxDigits` decimals. */
export function formatDecimal(value: number, minDigits: number, maxDigits: number): string {
  const negative = value < 0;
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(maxDigits).split('.');
  let digits = fraction;
  while (digits.length > minDigits && digits.endsWith('0')) digits = digits.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${digits ? `.${digits}` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 September 2023" for a UTC date, as Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }) writes it. */
export function formatLongDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "14:05:09", local time. */
export function formatClockTime(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`;
}

/** "3 Oct 2023, 14:05", local time. */
export function formatDayAndTime(date: Date): string {
  return `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]} ${date.getFullYear()}, ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
