import type { Measure, Polarity, Unit } from '../domain/indicators';
import { formatTarget, formatValue } from './format';
import type { SpcAnalysis } from '../domain/spc/analyse-spc';
import type { ClampedLimits } from '../domain/spc/compute-xmr-limits';
import type { AssuranceKind } from '../domain/spc/classify-assurance';
import { classifyVariation, splitSignals, type Variation } from '../domain/spc/classify-variation';
import { DEFAULT_SHIFT_LENGTH, DEFAULT_TREND_LENGTH, type RuleHit, type Side, type SignalEpisode } from '../domain/spc/detect-special-causes';
import { formatLongMonth, formatLongRange } from '../domain/calendar';
import { capitalise, joinLongMonths, joinWords } from './words';
import { describeSegment } from './explain-spc-segments';

/**
 * Plain English for an XmR chart, for managers who have never heard of sigma: what the limits are, each special
 * cause in order ("August 2023 is unusually low: 50.0%, below the lower limit (60.5%)"), what the latest month shows and
 * whether the target can be relied on. Also the text alternatives of the two icons.
 */

export function explainSpc(analysis: SpcAnalysis, measure: Measure): string[] {
  const { points } = analysis;
  const last = points.at(-1)?.month ?? '';
  const sentences: string[] = [];
  for (const segment of analysis.segments) {
    sentences.push(describeSegment(segment, analysis, measure));
    const clampNote = segment.limits ? describeClampedLimits(segment.limits.display.clamped, measure.unit) : null;
    if (clampNote) sentences.push(clampNote);
  }
  if (analysis.skippedMonths.length > 0)
    sentences.push(`No figure for ${joinLongMonths(analysis.skippedMonths)}: the chart joins the months either side.`);
  for (const group of groupOutliers(analysis.episodes)) sentences.push(explainEpisodes(group, analysis, measure));
  sentences.push(
    analysis.variation
      ? describeLatest(analysis.variation, last, points.at(-1)?.hits ?? [])
      : `Latest month (${formatLongMonth(last)}): not judged, since the months since the last rebase are too few for limits.`,
  );
  const assurance = describeAssuranceFor(analysis, measure);
  if (assurance) sentences.push(assurance);
  return sentences;
}

/**
 * Points beyond a limit on the same side within 3 months of each other make one sentence, so that a process that has
 * moved does not produce a sentence for every month.
 */
function groupOutliers(episodes: readonly SignalEpisode[]): SignalEpisode[][] {
  const groups: SignalEpisode[][] = [];
  for (const episode of episodes) {
    const open = episode.rule === 'outside-limits' ? groups.findLast((g) => g[0]?.rule === 'outside-limits' && g[0].side === episode.side) : undefined;
    const last = open?.at(-1);
    if (open && last && episode.start - last.end <= 3 && groups.at(-1) === open) open.push(episode);
    else groups.push([episode]);
  }
  return groups;
}

function explainEpisodes(group: SignalEpisode[], analysis: SpcAnalysis, measure: Measure): string {
  const episode = group[0];
  if (!episode) return '';
  const value = (v: number) => formatValue(v, measure.unit);
  const { points } = analysis;
  // An episode never crosses a rebase: it is judged on the limits of the segment it lies in.
  const limits = analysis.segments[points[episode.start]?.segment ?? 0]?.limits;
  if (!limits) return '';
  const months = points.slice(episode.start, episode.end + 1);
  const range = formatLongRange(months[0]?.month ?? '', months.at(-1)?.month ?? '');
  const verdict = judge(episode.side, measure);
  const high = episode.side === 'high';
  const limit = `${high ? 'above the upper' : 'below the lower'} limit (${value(high ? limits.upperProcessLimit : limits.lowerProcessLimit)})`;
  switch (episode.rule) {
    case 'outside-limits': {
      if (group.length === 1) return `${range} is unusually ${high ? 'high' : 'low'}: ${value(months[0]?.value ?? 0)}, ${limit}${verdict}.`;
      const outliers = group.map((e) => points[e.start]?.month ?? '');
      return `${joinLongMonths(outliers)} are unusually ${high ? 'high' : 'low'}: ${limit}${verdict}.`;
    }
    case 'shift':
      return `From ${range}, ${months.length} months in a row were ${high ? 'above' : 'below'} the average (${value(limits.mean)}): a shift${verdict}.`;
    case 'trend':
      return `From ${range}, ${months.length} months in a row each ${high ? 'rose' : 'fell'}: a trend${verdict}.`;
    case 'two-of-three': {
      const line = high ? limits.upperTwoSigma : limits.lowerTwoSigma;
      const flagged = months.filter((p) => (high ? p.value > line : p.value < line));
      const near = `close to or beyond the ${high ? 'upper' : 'lower'} limit (${high ? 'above' : 'below'} ${value(line)})`;
      const often = flagged.length === 2 ? '2 of 3 months in a row' : 'at least 2 of every 3 months in a row';
      if (flagged.length <= 3) return `${joinLongMonths(flagged.map((p) => p.month))} were ${near}: ${often}${verdict}.`;
      return `From ${range}, at least 2 of every 3 months were ${near}${verdict}.`;
    }
  }
}

function describeLatest(variation: Variation, month: string, hits: readonly RuleHit[]): string {
  const when = `Latest month (${formatLongMonth(month)})`;
  if (variation.kind === 'common-cause') return `${when}: common cause variation, no sign of real change.`;
  if (variation.side === null) return `${when}: special cause variation with signals both ways: ${joinWords(hits.map(nameRule))}.`;
  const { shown, outweighed } = splitSignals(hits, variation);
  if (outweighed.length > 0)
    return (
      `${when}: special cause variation, an improvement (${joinWords(shown.map(nameRule))}), though also a concern ` +
      `(${joinWords(outweighed.map(nameRule))}); with both, Making Data Count shows an improvement.`
    );
  const level = variation.side === 'high' ? 'high' : 'low';
  if (variation.kind === 'neither') return `${when}: special cause variation, unusually ${level}.`;
  return `${when}: special cause variation, unusually ${level}: ${variation.kind === 'improvement' ? 'an improvement' : 'a concern'}.`;
}

function describeAssuranceFor(analysis: SpcAnalysis, measure: Measure): string | null {
  if (analysis.assurance === 'none' || measure.target === null || !analysis.limits) return null;
  const target = `The ${formatTarget(measure.target, measure.unit)} target`;
  const { upperProcessLimit: upper, lowerProcessLimit: lower } = analysis.limits;
  const value = (v: number) => formatValue(v, measure.unit);
  if (analysis.assurance === 'hit-and-miss')
    return `${target} lies between the process limits: it will be met in some months and missed in others.`;
  const outside = measure.target > upper ? `is above the upper limit (${value(upper)})` : `is below the lower limit (${value(lower)})`;
  return analysis.assurance === 'pass'
    ? `${target} ${outside}: it will consistently be met unless the process changes.`
    : `${target} ${outside}: it will consistently be missed unless the process changes.`;
}

/**
 * A rule in the words of the Making Data Count guidance, on the side it fired: why a point is flagged, in the chart's
 * tooltip and table and in the drafted commentary ("a trend of 7 or more points all increasing").
 */
export function nameRule(hit: RuleHit): string {
  const high = hit.side === 'high';
  switch (hit.rule) {
    case 'outside-limits':
      return 'a single point outside the process limits';
    case 'shift':
      return `a run of ${DEFAULT_SHIFT_LENGTH} or more points ${high ? 'above' : 'below'} the mean`;
    case 'trend':
      return `a trend of ${DEFAULT_TREND_LENGTH} or more points all ${high ? 'increasing' : 'decreasing'}`;
    case 'two-of-three':
      return `two out of three points close to or beyond the ${high ? 'upper' : 'lower'} process limit`;
  }
}

/**
 * Why a point is flagged, every rule it is part of in rule order; null for common cause. A point with an improvement
 * and a concern at once names the improvement first and says why it is shown as improvement.
 */
export function explainPointSignal(hits: readonly RuleHit[], polarity: Polarity): string | null {
  if (hits.length === 0) return null;
  const { shown, outweighed } = splitSignals(hits, classifyVariation(hits, polarity));
  const named = shown.map(nameRule).join('; ');
  if (outweighed.length === 0) return named;
  return `${named}; also a concern: ${joinWords(outweighed.map(nameRule))} (a month with both shows as improvement)`;
}

/** Text alternative of the variation icon. */
export function describeVariationIcon(variation: Pick<Variation, 'kind' | 'side'>): string {
  const level = variation.side === 'high' ? 'higher' : 'lower';
  switch (variation.kind) {
    case 'common-cause':
      return 'Common cause variation: no significant change';
    case 'improvement':
      return `Special cause variation: improvement (${level} values)`;
    case 'concern':
      return `Special cause variation: concern (${level} values)`;
    case 'neither':
      if (variation.side === null) return 'Special cause variation: signals both high and low (neither good nor bad)';
      return `Special cause variation: unusually ${variation.side === 'high' ? 'high' : 'low'} (neither good nor bad)`;
  }
}

/** Text alternative of the assurance icon; null where there is no icon (no target, or a neutral measure). */
export function describeAssuranceIcon(assurance: AssuranceKind): string | null {
  switch (assurance) {
    case 'pass':
      return 'Assurance: the target will consistently be met';
    case 'fail':
      return 'Assurance: the target will consistently be missed';
    case 'hit-and-miss':
      return 'Assurance: the target will be hit and miss';
    case 'none':
      return null;
  }
}

function judge(side: Side, measure: Measure): string {
  if (measure.polarity === 'neutral') return '';
  const good = (side === 'high') === (measure.polarity === 'higher-is-better');
  return good ? ', an improvement' : ', a concern';
}

/** "The lower limit (−7) is below 0, which cannot happen, so it is drawn at the edge." */
export function describeClampedLimits(clamped: ClampedLimits | null, unit: Unit): string | null {
  if (!clamped) return null;
  const notes: string[] = [];
  if (clamped.upper) notes.push(`the upper limit (${formatValue(clamped.upper.computed, unit)}) is above ${formatTarget(clamped.upper.edge, unit)}`);
  if (clamped.lower) notes.push(`the lower limit (${formatValue(clamped.lower.computed, unit)}) is below ${formatTarget(clamped.lower.edge, unit)}`);
  const drawn = notes.length > 1 ? 'they are' : 'it is';
  return `${capitalise(notes.join(' and '))}, which cannot happen, so ${drawn} drawn at the edge.`;
}
