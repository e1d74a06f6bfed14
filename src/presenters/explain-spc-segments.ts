import type { Measure } from '../domain/indicators';
import { MIN_SPC_POINTS, type SpcAnalysis, type SpcSegment } from '../domain/spc/analyse-spc';
import { formatLongMonth, formatLongRange } from '../domain/calendar';
import { formatValue } from './format';

/**
 * The words for a chart's segments: what each segment's limits are computed from (the whole segment, a fixed
 * baseline, or nothing yet), and why it starts (the rebase and its recorded reason). The same sentences head the
 * caption, and the short forms label the chart, the table and the icons, so a reader always knows which limits apply.
 */

/** One sentence per segment: "Rebased from April 2022 (new front door): average 74.0% over 18 months (...); process limits 60.5% to 87.5%." */
export function describeSegment(segment: SpcSegment, analysis: SpcAnalysis, measure: Measure): string {
  const value = (v: number) => formatValue(v, measure.unit);
  const months = analysis.points.slice(segment.start, segment.end + 1).map((p) => p.month);
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const since = segment.rebase ? `Rebased from ${formatLongMonth(segment.rebase.month)} (${segment.rebase.reason}): ` : '';
  const lead = (text: string) => (since ? `${since}${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  const { limits } = segment;
  if (!limits)
    return lead(
      `${months.length} ${months.length === 1 ? 'month' : 'months'} (${formatLongRange(first, last)}), too few for limits ` +
        `(${MIN_SPC_POINTS} needed): ${since ? 'these months are' : 'they are'} shown without limits, signals or icons.`,
    );
  const band = `process limits ${value(limits.display.lower)} to ${value(limits.display.upper)}`;
  if (segment.fixedBaseline) {
    const baselineLast = months[segment.limitPoints - 1] ?? last;
    const why = analysisBaselineReason(measure);
    return lead(
      `average ${value(limits.mean)} over the ${segment.limitPoints}-month baseline (${formatLongRange(first, baselineLast)}); ` +
        `${band}, fixed for the months after it${why ? ` (${why})` : ''}.`,
    );
  }
  return lead(`average ${value(limits.mean)} over ${months.length} months (${formatLongRange(first, last)}); ${band}.`);
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

function analysisBaselineReason(measure: Measure): string | null {
  return measure.spc?.baseline?.reason ?? null;
}
