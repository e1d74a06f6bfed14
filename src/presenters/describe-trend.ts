import type { Measure } from '../domain/indicators';
import { decimalsFor, roundTo } from '../domain/numbers';
import { formatMonth } from '../domain/calendar';
import { formatTarget, formatValue } from './format';
import { describePartYear } from './describe-coverage';
import { type AnnualChartPoint } from '../domain/build-annual-chart-data';
import { measureShortfall } from '../domain/evaluate-status';
import { joinWords } from './words';

/**
 * The sentence that stands in for a chart (figcaption, screen readers, slides). It states only figures the data
 * holds: first and last, lowest and highest, gaps, and how the figures sit against the target. Neutral measures get
 * no target wording: a comparator for a volume is context, not a goal.
 */

/** `target`: what the figure was judged against (a year's target, a family's, a month's trajectory); the measure's own by default. */
type Known = { when: string; value: number; target?: number | null };

export function describeMonthlyTrend(points: readonly { month: string; value: number | null; target?: number | null }[], measure: Measure): string {
  const known = points.flatMap((p) => (p.value === null ? [] : [{ when: formatMonth(p.month), value: p.value, target: p.target }]));
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return 'No monthly figures.';
  const value = (v: number) => formatValue(v, measure.unit);
  if (known.length === 1) return sentence([`Only one monthly figure: ${value(first.value)} in ${first.when}`, describeTarget(known, measure, 'month')]);

  const low = known.reduce((a, b) => (b.value < a.value ? b : a));
  const high = known.reduce((a, b) => (b.value > a.value ? b : a));
  const parts: (string | null)[] =
    low.value === high.value
      ? [`${value(first.value)} in every month from ${first.when} to ${last.when}`]
      : [describeMovement(first, last, measure)];
  if (known.length >= 3 && low.value !== high.value) parts.push(`lowest ${value(low.value)} in ${low.when}, highest ${value(high.value)} in ${high.when}`);
  parts.push(describeGaps(points, first.when, last.when));
  parts.push(describeTarget(known, measure, 'month'));
  return sentence(parts);
}

/**
 * Lists every year rather than saying "rose" or "fell": the current year is only the year so far (or the latest
 * position), and a part-year total beside whole years would read as a fall.
 */
export function describeAnnualTrend(points: readonly AnnualChartPoint[], measure: Measure): string {
  const when = (p: AnnualChartPoint) => (p.yearToDate ? `${p.year} (${describePartYear(p, measure.basis)})` : p.year);
  const known = points.flatMap((p) => (p.value === null ? [] : [{ when: when(p), value: p.value, target: p.target }]));
  if (known.length === 0) return 'No annual figures.';
  const listed = known.map((k) => `${formatValue(k.value, measure.unit)} in ${k.when}`);
  const missing = points.filter((p) => p.value === null).map((p) => p.year);
  return sentence([
    `Annual figures: ${joinWords(listed)}`,
    missing.length > 0 ? `no figure for ${joinWords(missing)}` : null,
    describeTarget(known, measure, 'year'),
  ]);
}

function describeMovement(first: Known, last: Known, measure: Measure): string {
  const change = roundTo(last.value - first.value, decimalsFor(measure.unit));
  const from = formatValue(first.value, measure.unit);
  const to = formatValue(last.value, measure.unit);
  if (change === 0) return `Same figure in ${first.when} and ${last.when}: ${to}`;
  return `${change > 0 ? 'Rose' : 'Fell'} from ${from} in ${first.when} to ${to} in ${last.when}`;
}

/** Months between the first and last figure that have none; later empty months are simply not reported yet. */
function describeGaps(points: readonly { month: string; value: number | null }[], firstWhen: string, lastWhen: string): string | null {
  const whens = points.map((p) => formatMonth(p.month));
  const inside = points.slice(whens.indexOf(firstWhen), whens.indexOf(lastWhen) + 1);
  const gaps = inside.filter((p) => p.value === null).map((p) => formatMonth(p.month));
  if (gaps.length === 0) return null;
  return gaps.length <= 3 ? `no figure for ${joinWords(gaps)}` : `no figure for ${gaps.length} months`;
}

// Met or missed by the same rule as the status badges (measureShortfall), so the sentence never contradicts them.
// A measure that builds up is judged month by month against its trajectory, and the sentence says so.
function describeTarget(known: Known[], measure: Measure, noun: 'month' | 'year'): string | null {
  const { polarity, unit } = measure;
  const targetOf = (k: Known) => (k.target === undefined ? measure.target : k.target);
  const targets = [...new Set(known.map(targetOf).filter((t): t is number => t !== null))];
  const target = targets[0];
  if (target === undefined || polarity === 'neutral') return null;
  const trajectory = noun === 'month' && measure.buildsUp === true;
  const targetText = trajectory ? 'its trajectory' : targets.length === 1 ? `the ${formatTarget(target, unit)} target` : 'its target';
  const good = trajectory ? 'on or ahead of' : polarity === 'higher-is-better' ? 'at or above' : 'at or below';
  const bad = trajectory ? 'behind' : polarity === 'higher-is-better' ? 'below' : 'above';
  const missed = known.filter((k) => {
    const against = targetOf(k);
    return against !== null && measureShortfall({ ...measure, target: against }, k.value) > 0;
  });
  if (known.length === 1) return `${missed.length === 0 ? good : bad} ${targetText}`;
  if (missed.length === 0) return `${good} ${targetText} every ${noun}`;
  if (missed.length === known.length) return `${bad} ${targetText} every ${noun}`;
  const met = known.length - missed.length;
  const which = missed.length <= 3 ? `; ${bad} it in ${joinWords(missed.map((k) => k.when))}` : '';
  return `${good} ${targetText} in ${met} of ${known.length} ${noun}s${which}`;
}

function sentence(parts: (string | null)[]): string {
  return `${parts.filter((p): p is string => p !== null).join('; ')}.`;
}
