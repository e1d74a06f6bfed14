/**
 * Cross-field rules for a measure's `spc` settings (spc-settings-schema.ts), with the contract's loose reading (any
 * field may be malformed): a rebase falls after the first month of the measure's monthly series and not after its
 * last, in order, and at most once a month; a rebase at the first month, or outside the series, would start no segment.
 */

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

export function checkSpcSettings(measure: Loose, report: Report): void {
  const spc = measure.spc;
  if (typeof spc !== 'object' || spc === null || !Array.isArray((spc as Loose).rebases)) return;
  const months = (Array.isArray(measure.monthly) ? measure.monthly : [])
    .map((p: unknown) => (typeof p === 'object' && p !== null ? (p as Loose).month : undefined))
    .filter((m): m is string => typeof m === 'string')
    .sort();
  const first = months[0];
  const last = months.at(-1);
  let previous = '';
  ((spc as Loose).rebases as unknown[]).forEach((rebase, j) => {
    const month = typeof rebase === 'object' && rebase !== null ? (rebase as Loose).month : undefined;
    if (typeof month !== 'string') return;
    const at = ['spc', 'rebases', j, 'month'];
    if (first === undefined || last === undefined) report(at, `a rebase at ${month} needs a monthly series to split, and this measure has none`);
    else if (month <= first || month > last)
      report(at, `a rebase at ${month} is outside the series: it must fall after its first month (${first}) and not after its last (${last})`);
    else if (month === previous) report(at, `two rebases at ${month}: give one, with both reasons`);
    else if (month < previous) report(at, `rebases must be in order of month (${month} comes after ${previous})`);
    if (month > previous) previous = month;
  });
}
