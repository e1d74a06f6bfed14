import type { Measure } from '../domain/indicators';
import { formatDifference, formatTarget, formatValue } from './format';
import { readPointValue, type PeriodValue } from '../domain/aggregate-period';
import type { Direction } from '../domain/compare-direction';
import type { Status } from '../domain/evaluate-status';
import type { Variance } from '../domain/compute-variance';
import type { JudgedAgainst } from '../domain/targets';
import { formatLongMonth, formatLongRange } from '../domain/calendar';
import { joinLongMonths, joinWords } from './words';
import type { Period } from '../domain/period';
import type { SpcAnalysis } from '../domain/spc/analyse-spc';
import { describeLatestSegment } from './explain-spc-segments';
import { splitSignals } from '../domain/spc/classify-variation';
import { nameRule } from './explain-spc';

/**
 * The pieces drafted commentary is built from. Each states only a figure the data holds, a figure worked out by
 * aggregatePeriod, or the difference between two such figures; relative changes ("+4.2%") are left out because no
 * table holds them.
 */

/** "81.3% of referrals completed within 1 working day", "354 Children in Care", or "Title: 158.2 per 10k". */
export function describeFigure(measure: Measure, value: number, fraction: { numerator: number | null; denominator: number | null }): string {
  const shown = formatValue(value, measure.unit);
  const withFraction = fraction.numerator !== null && fraction.denominator !== null ? `${shown} (${fraction.numerator} of ${fraction.denominator})` : shown;
  // A title's second sentence is a note ("... (CPP). Excludes transfer-in conferences"); "(inc. external)" is not one.
  const cleaned = measure.title
    .replace(/\.\s+[A-Z].*$/, '')
    .replace(/\.$/, '')
    .replace(/\s*\((?:monthly|year to date|cumulative|in month|as at month end)\)$/i, '');
  // The sentence says "in the year to September 2023" already.
  const title = (measure.basis === 'year-to-date' ? cleaned.replace(/;?\s*\byear to date\b/i, '') : cleaned).trim();
  // "% of referrals completed ..." reads as "81.3% of referrals completed ..."; "% completed within ..." does not.
  const percent = /^(?:monthly |cumulative )?(?:%|percentage) (?:of )?(?:the )?(?!\w+ed\b)(.+)$/i.exec(title);
  if (measure.unit === 'percent' && percent) return `${withFraction} of ${percent[1]}`;
  const count = /^(?:monthly |total |cumulative )?number of (?:the )?(.+)$/i.exec(title);
  if (measure.unit === 'count' && count) return `${withFraction} ${count[1]}`;
  return `${title}: ${withFraction}`;
}

/** When the figure stands for: "in Q2 2023/24", "at the end of September 2023", "in the year to September 2023". */
export function describeWhen(measure: Measure, period: Period, current: PeriodValue): string {
  const label = period.kind === 'month' ? formatLongMonth(period.key) : period.label;
  const asOf = current.asOfMonth ? formatLongMonth(current.asOfMonth) : label;
  if (period.kind === 'month' && measure.basis === 'snapshot') return `at the end of ${label}`;
  if (period.kind === 'month' && measure.basis === 'year-to-date') return `in the year to ${label}`;
  switch (current.method) {
    case 'last-month':
      return measure.basis === 'snapshot' ? `at the end of ${asOf}` : `in the year to ${asOf}`;
    case 'latest-month': {
      const reason = current.coverage?.kind === 'latest-month' ? current.coverage.reason : null;
      if (reason === 'no-year-figure' || reason === 'unreliable-year-to-date') return `in ${asOf} (there is no reliable figure for ${period.label} as a whole)`;
      return `in ${asOf}, the latest month of ${period.label} (${latestMonthReason(measure, period)})`;
    }
    case 'stated':
      return `in ${label}, as the report states it`;
    case 'annual-trend':
      if (measure.basis === 'snapshot' && current.partial) {
        const last = monthsWithFigures(measure, period).at(-1);
        if (last) return `at the end of ${formatLongMonth(last)} (${label} so far)`;
      }
      return describeSpan(measure, period, current, label);
    case 'sum':
    case 'weighted':
      return describeSpan(measure, period, current, label);
    default:
      return `in ${label}`;
  }
}

function describeSpan(measure: Measure, period: Period, current: PeriodValue, label: string): string {
  const months = monthsWithFigures(measure, period);
  const first = months[0];
  const last = months.at(-1);
  return current.partial && first && last ? `in ${label} so far (${formatLongRange(first, last)})` : `in ${label}`;
}

function latestMonthReason(measure: Measure, period: Period): string {
  if (measure.unit === 'percent') return `a ${period.kind} figure needs numerators and denominators`;
  if (measure.unit === 'count') return 'the same child or family can be counted in more than one month';
  return `monthly rates do not give a ${period.kind} rate`;
}

/**
 * ", 8.7 pp below the 90% target" or ", meeting the 5% target by 3.6 pp"; for a measure that builds up, against its
 * trajectory (", 6.8 pp ahead of its trajectory of 45% for September, towards 90% by March"); empty for neutral or
 * no target. The target is the one judged against, which may be the family's.
 */
export function describeAgainstTarget(measure: Measure, variance: Variance | null, status: Status, against: JudgedAgainst | null = null): string {
  if (!variance) return '';
  const gap = formatDifference(Math.abs(variance.difference), measure.unit);
  if (against?.kind === 'trajectory') {
    const trajectory = `its ${against.assumed ? 'assumed ' : ''}trajectory of ${formatTarget(against.value, measure.unit)} for ${formatLongMonth(against.month)}, towards ${formatTarget(against.yearEnd, measure.unit)} by March`;
    if (variance.difference === 0) return `, on ${trajectory}`;
    return `, ${gap} ${variance.difference > 0 ? 'ahead of' : 'behind'} ${trajectory}`;
  }
  const target = `the ${formatTarget(variance.target, measure.unit)} target`;
  if (status === 'on-target') return variance.difference === 0 ? `, meeting ${target} exactly` : `, meeting ${target} by ${gap}`;
  return `, ${gap} ${variance.difference > 0 ? 'above' : 'below'} ${target}`;
}

/** "Up 16.3 pp on August 2023 (65.0%): an improvement." Null when there is no like-for-like comparison. */
export function describeComparison(measure: Measure, direction: Direction, earlier: PeriodValue, other: Period): string | null {
  if (direction.change === null || earlier.value === null) return null;
  // A latest-month stand-in is compared as the month it is.
  const month = earlier.method === 'latest-month' && earlier.asOfMonth ? earlier.asOfMonth : other.kind === 'month' ? other.key : null;
  const label = month ? formatLongMonth(month) : other.label;
  const was = formatValue(earlier.value, measure.unit);
  if (direction.change === 0) return `No change on ${label} (${was}).`;
  const movement = `${direction.change > 0 ? 'Up' : 'Down'} ${formatDifference(Math.abs(direction.change), measure.unit)} on ${label} (${was})`;
  if (direction.kind === 'improving') return `${movement}: an improvement.`;
  if (direction.kind === 'worsening') return `${movement}: a deterioration.`;
  return `${movement}.`;
}

/**
 * Best and worst month of a quarter or year ("July 2023 was the best month at 86.3% and August 2023 the worst at
 * 65.0%"); highest and lowest for a neutral measure. Not for year-to-date figures, whose highest is always the last.
 */
export function describeExtremeMonths(measure: Measure, period: Period): string | null {
  if (period.kind === 'month' || measure.basis === 'year-to-date') return null;
  const points = monthsWithFigures(measure, period).map((month) => ({ month, value: valueOf(measure, month) ?? 0 }));
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (high === low) return null;
  const at = (v: number) => joinLongMonths(points.filter((p) => p.value === v).map((p) => p.month));
  const plural = (v: number) => (points.filter((p) => p.value === v).length > 1 ? 'months' : 'month');
  const show = (v: number) => formatValue(v, measure.unit);
  if (measure.polarity === 'neutral') return `${at(high)} had the highest ${plural(high)} at ${show(high)} and ${at(low)} the lowest at ${show(low)}.`;
  const [best, worst] = measure.polarity === 'higher-is-better' ? [high, low] : [low, high];
  const was = plural(best) === 'month' ? 'was the best month' : 'were the best months';
  return `${at(best)} ${was} at ${show(best)} and ${at(worst)} the worst at ${show(worst)}.`;
}

/** The SPC signal for the period's latest month and the assurance, without limits or other worked-out figures. */
export function describeSpcSignal(measure: Measure, analysis: SpcAnalysis): string[] {
  const last = analysis.points.at(-1);
  if (!last) return [];
  const month = formatLongMonth(last.month);
  const { variation } = analysis;
  // Which limits the month is judged on, when a baseline or a rebase decides it ("since the rebase in April 2022 (...)").
  const segmentNote = describeLatestSegment(analysis);
  const sentences: string[] = [];
  if (variation === null) return segmentNote ? [`Statistical process control: ${segmentNote.replace(/^No icons: /, 'not yet judged: ')}`] : [];
  if (segmentNote) {
    const which = segmentNote.replace(/^Limits and icons: /, '');
    sentences.push(`Statistical process control limits and icons are ${which.startsWith('since') ? `those ${which}` : which}`);
  }
  if (variation.kind === 'common-cause') sentences.push(`Statistical process control: ${month} shows common cause variation, no sign of real change.`);
  else {
    // With an improvement and a concern at once the month is an improvement (as in Making Data Count), the concern named after it.
    const { shown, outweighed } = splitSignals(last.hits, variation);
    const what = variation.kind !== 'neither' ? `a signal of ${variation.kind}` : variation.side === null ? 'unusual, with signals both ways' : `unusually ${variation.side}`;
    const though = outweighed.length > 0 ? `, though also ${joinWords(outweighed.map(nameRule))}, a signal of concern` : '';
    sentences.push(`Statistical process control: ${month} is ${what}: ${joinWords(shown.map(nameRule))}${though}.`);
  }
  if (measure.target !== null && analysis.assurance !== 'none') {
    const target = `the ${formatTarget(measure.target, measure.unit)} target`;
    sentences.push(
      analysis.assurance === 'hit-and-miss'
        ? `As things stand, ${target} will be met in some months and missed in others.`
        : `As things stand, ${target} will consistently be ${analysis.assurance === 'pass' ? 'met' : 'missed'}.`,
    );
  }
  return sentences;
}

function monthsWithFigures(measure: Measure, period: Period): string[] {
  return period.months.filter((month) => valueOf(measure, month) !== null);
}

function valueOf(measure: Measure, month: string): number | null {
  const point = measure.monthly.find((p) => p.month === month);
  return point ? readPointValue(point, measure.unit) : null;
}
