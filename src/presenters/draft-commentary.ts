import type { Measure } from '../domain/indicators';
import type { PeriodModel } from '../domain/dataset-model';
import { formatDifference, formatValue } from './format';
import {
  describeAgainstTarget,
  describeComparison,
  describeExtremeMonths,
  describeFigure,
  describeSpcSignal,
  describeWhen,
} from './draft-phrases';
import { joinWords } from './words';
import type { SpcResult } from '../domain/spc/analyse-spc';
import { rankNeedsAttention, type MeasureSummary } from '../domain/summarise-measure';
import { rankMovers } from '../domain/rank-movers';

/**
 * Drafted commentary in the report's register, so analysts write only what needs judgement. Deterministic, and
 * built only from aggregatePeriod, computeVariance, compareDirection and SPC results: every figure in a sentence is
 * one the data holds or works out by those rules, or a difference of two of them. Shown apart from the analysts'
 * text, as a draft.
 */

/**
 * "81.3% of referrals completed within 1 working day in September 2023, 8.7 pp below the 90% target." and so on,
 * from the measure's summary and SPC result as the period model holds them.
 */
export function draftMeasureCommentary(summary: MeasureSummary, spc: SpcResult): string[] {
  const { measure, period, current, previous, lastYear } = summary;
  if (current.value === null) return [`No figure for ${period.label}.`];

  const figure = describeFigure(measure, current.value, current);
  const sentences = [`${figure} ${describeWhen(measure, period, current)}${describeAgainstTarget(measure, summary.variance, summary.status, summary.judgedAgainst)}.`];
  const vsPrevious = describeComparison(measure, summary.vsPrevious, previous.value, previous.period);
  const vsLastYear = describeComparison(measure, summary.vsLastYear, lastYear.value, lastYear.period);
  if (vsPrevious) sentences.push(vsPrevious);
  // For a year the period before is the same period last year: say it once.
  if (vsLastYear && lastYear.period.key !== previous.period.key) sentences.push(vsLastYear);
  const extremes = describeExtremeMonths(measure, period);
  if (extremes) sentences.push(extremes);
  if (spc.status === 'ok') sentences.push(...describeSpcSignal(measure, spc));
  return sentences;
}

/**
 * A few sentences on the whole selection (all areas when `areaIds` is empty): status counts, the measures furthest
 * from target, the largest changes on the previous period, and SPC signals in the latest month.
 */
export function draftReportSummary(periodModel: PeriodModel, areaIds: readonly string[]): string[] {
  const { period, model } = periodModel;
  const summaries = periodModel.summaries.filter((s) => areaIds.length === 0 || areaIds.includes(s.measure.serviceArea));
  const areas = model.dataset.serviceAreas.filter((a) => areaIds.includes(a.id)).map((a) => a.name);
  const scope = areas.length > 0 ? `${joinWords(areas)}, ${period.label}` : period.label;
  if (summaries.length === 0) return [`${scope}: no measures.`];

  const count = (status: MeasureSummary['status']) => summaries.filter((s) => s.status === status).length;
  const withTarget = count('on-target') + count('near-target') + count('off-target');
  const sentences = [
    withTarget === 0
      ? `${scope}: ${summaries.length} measures, none with a target.`
      : `${scope}: of ${withTarget} measures with a target, ${count('off-target')} off target, ` +
        `${count('near-target')} near target and ${count('on-target')} on target.`,
  ];

  const attention = rankNeedsAttention(summaries, 3).map(
    (s) => `${name(s.measure)} (${formatValue(s.current.value, s.measure.unit)}${describeAgainstTarget(s.measure, s.variance, s.status, s.judgedAgainst)})`,
  );
  if (attention.length > 0) sentences.push(`Furthest from target: ${joinWords(attention)}.`);

  const movers = rankMovers(summaries, 3, periodModel.movementOf).map((s) => {
    const value = formatValue(s.current.value, s.measure.unit);
    const gap = periodModel.movementOf(s)?.gapNow ?? null;
    // The climb of a measure that builds up is expected: where it stands against the build-up is the news.
    if (gap !== null) {
      const against = gap === 0 ? 'level with' : `${formatDifference(Math.abs(gap), s.measure.unit)} ${gap > 0 ? 'ahead of' : 'behind'}`;
      return `${name(s.measure)} at ${value} (${against} its expected build-up)`;
    }
    const change = s.vsPrevious.change ?? 0;
    const by = formatDifference(Math.abs(change), s.measure.unit);
    return `${name(s.measure)} ${change > 0 ? 'up' : 'down'} ${by} to ${value}`;
  });
  const previousLabel = summaries[0]?.previous.period.label ?? '';
  if (movers.length > 0) sentences.push(`Biggest movers since ${previousLabel}: ${joinWords(movers)}.`);

  sentences.push(describeSignals(summaries.map((s) => s.measure), periodModel.spcOf));
  return sentences;
}

function describeSignals(measures: Measure[], spcOf: PeriodModel['spcOf']): string {
  const analyses = measures.flatMap((m) => {
    const spc = spcOf(m.id);
    return spc.status === 'ok' && spc.variation ? [{ measure: m, kind: spc.variation.kind }] : [];
  });
  if (analyses.length === 0) return 'There is not yet enough monthly history for statistical process control.';
  const named = (kind: string) => analyses.filter((a) => a.kind === kind).map((a) => name(a.measure));
  const parts = [
    named('concern').length > 0 ? `a concern in ${joinWords(named('concern'))}` : null,
    named('improvement').length > 0 ? `an improvement in ${joinWords(named('improvement'))}` : null,
    named('neither').length > 0 ? `an unusual level in ${joinWords(named('neither'))}` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return 'Statistical process control shows no special cause variation in the latest month.';
  return `Statistical process control signals ${joinWords(parts)}.`;
}

/** In a sentence, where a heading's colon would jar: "CSC 022 Monthly % of referrals ...", without a full stop. */
function name(measure: Measure): string {
  return measure.code ? `${measure.code} ${measure.title.replace(/\.$/, '')}` : measure.title;
}
