import type { Measure } from '../domain/indicators';
import { MIN_SPC_POINTS, type SpcAnalysis, type SpcSegment } from '../domain/spc/analyse-spc';
import { formatLongMonth, formatLongRange } from '../domain/calendar';
import { formatValue } from './format';

/**
 * The words for a chart's segments: what each segment's limits are computed from (the whole segment, a fixed
 * baseline, or nothing yet), and why it starts (the rebase and its recorded reason). The same sentences head the
 * caption, and the short forms label the chart, the table and the icons, so a reader always knows which limits apply.
 */

/**
 * What one segment's limits are: "Rebased from April 2022: new front door. Since then, average 85.7% over 18 months
 * (April 2022 to September 2023); process limits 72.2% to 99.3%."
 */
export function describeSegment(segment: SpcSegment, analysis: SpcAnalysis, measure: Measure): string {
  const value = (v: number) => formatValue(v, measure.unit);
  const months = analysis.points.slice(segment.start, segment.end + 1).map((p) => p.month);
  const range = formatLongRange(months[0] ?? '', months.at(-1) ?? '');
  const rebased = segment.rebase ? `Rebased from ${formatLongMonth(segment.rebase.month)}: ${withStop(segment.rebase.reason)} ` : '';
  const { limits } = segment;
  if (!limits)
    return (
      `${rebased}${rebased ? 'Since then, ' : ''}${months.length} ${months.length === 1 ? 'month' : 'months'} (${range}), too few for limits ` +
      `(${MIN_SPC_POINTS} needed): shown without limits, signals or icons.`
    ).replace(/^s/, 'S');
  const band = `process limits ${value(limits.display.lower)} to ${value(limits.display.upper)}`;
  if (segment.fixedBaseline) {
    const baseline = formatLongRange(months[0] ?? '', months[segment.limitPoints - 1] ?? '');
    const why = measure.spc?.baseline?.reason;
    return (
      `${rebased}Limits fixed on the ${segment.limitPoints}-month baseline (${baseline}): average ${value(limits.mean)}, ${band}, ` +
      `applied to the months after it.${why ? ` Baseline: ${withStop(why)}` : ''}`
    );
  }
  return `${rebased}${rebased ? 'Since then, average' : 'Average'} ${value(limits.mean)} over ${months.length} months (${range}); ${band}.`;
}

/**
 * Which limits the icons and the latest month are judged on, when there is more than one choice to make; null for a
 * chart of one segment with limits from all its months. "Limits and icons: since the rebase in April 2022 (...)".
 */
export function describeLatestSegment(analysis: SpcAnalysis): string | null {
  const latest = analysis.segments.at(-1);
  if (!latest || (analysis.segments.length === 1 && !latest.fixedBaseline)) return null;
  const length = latest.end - latest.start + 1;
  if (!latest.limits) {
    const where = latest.rebase ? `since the rebase in ${formatLongMonth(latest.rebase.month)}` : 'so far';
    return `No icons: ${length} ${length === 1 ? 'month' : 'months'} ${where}, too few for limits (${MIN_SPC_POINTS} needed).`;
  }
  if (latest.rebase) return `Limits and icons: since the rebase in ${formatLongMonth(latest.rebase.month)} (${latest.rebase.reason}).`;
  const baselineLast = analysis.points[latest.start + latest.limitPoints - 1]?.month ?? '';
  const baselineFirst = analysis.points[latest.start]?.month ?? '';
  return `Limits and icons: fixed on the ${latest.limitPoints}-month baseline, ${formatLongRange(baselineFirst, baselineLast)}.`;
}

/** A reason as a sentence: data text may or may not end with a full stop. */
function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
