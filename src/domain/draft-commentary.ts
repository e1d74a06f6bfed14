import type { Dataset, Measure } from './indicators';
import { formatDifference, formatValue } from '../presenters/format';
import { aggregatePeriod } from './aggregate-period';
import {
  describeAgainstTarget,
  describeComparison,
  describeExtremeMonths,
  describeFigure,
  describeSpcSignal,
  describeWhen,
} from './draft-phrases';
import { orderMeasuresByArea } from './filter-measures';
import { joinWords } from '../presenters/words';
import { previousPeriod, samePeriodLastYear, type Period } from './period';
import { analyseSpc } from './spc/analyse-spc';
import { rankBiggestMovers, rankNeedsAttention, summariseMeasure, type MeasureSummary } from './summarise-measure';

/**
 * Drafted commentary in the report's register, so analysts write only what needs judgement. Deterministic, and
 * built only from aggregatePeriod, computeVariance, compareDirection and SPC results: every figure in a sentence is
 * one the data holds or works out by those rules, or a difference of two of them. Shown apart from the analysts'
 * text, as a draft.
 */

/** "81.3% of referrals completed within 1 working day in September 2023, 8.7 pp below the 90% target." and so on. */
export function draftMeasureCommentary(measure: Measure, period: Period, dataset: Pick<Dataset, 'reportingPeriod'>): string[] {
  const year = dataset.reportingPeriod.financialYear;
  const summary = summariseMeasure(measure, period, year);
  const { current } = summary;
  if (current.value === null) return [`No figure for ${period.label}.`];

  const figure = describeFigure(measure, current.value, current);
  const sentences = [`${figure} ${describeWhen(measure, period, current)}${describeAgainstTarget(measure, summary.variance, summary.status)}.`];
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const vsPrevious = describeComparison(measure, summary.vsPrevious, aggregatePeriod(measure, previous, year), previous);
  const vsLastYear = describeComparison(measure, summary.vsLastYear, aggregatePeriod(measure, lastYear, year), lastYear);
  if (vsPrevious) sentences.push(vsPrevious);
  // For a year the period before is the same period last year: say it once.
  if (vsLastYear && lastYear.key !== previous.key) sentences.push(vsLastYear);
  const extremes = describeExtremeMonths(measure, period);
  if (extremes) sentences.push(extremes);
  const spc = analyseSpc(measure, { throughMonth: period.months.at(-1) });
  if (spc.status === 'ok') sentences.push(...describeSpcSignal(measure, spc));
  return sentences;
}

/**
 * A few sentences on the whole selection (all areas when `areaIds` is empty): status counts, the measures furthest
 * from target, the largest changes on the previous period, and SPC signals in the latest month.
 */
export function draftReportSummary(dataset: Dataset, period: Period, areaIds: readonly string[]): string[] {
  const year = dataset.reportingPeriod.financialYear;
  const measures = orderMeasuresByArea(dataset).filter((m) => areaIds.length === 0 || areaIds.includes(m.serviceArea));
  const areas = dataset.serviceAreas.filter((a) => areaIds.includes(a.id)).map((a) => a.name);
  const scope = areas.length > 0 ? `${joinWords(areas)}, ${period.label}` : period.label;
  if (measures.length === 0) return [`${scope}: no measures.`];

  const summaries = measures.map((m) => summariseMeasure(m, period, year));
  const count = (status: MeasureSummary['status']) => summaries.filter((s) => s.status === status).length;
  const withTarget = count('on-target') + count('near-target') + count('off-target');
  const sentences = [
    withTarget === 0
      ? `${scope}: ${measures.length} measures, none with a target.`
      : `${scope}: of ${withTarget} measures with a target, ${count('off-target')} off target, ` +
        `${count('near-target')} near target and ${count('on-target')} on target.`,
  ];

  const attention = rankNeedsAttention(summaries, 3).map(
    (s) => `${name(s.measure)} (${formatValue(s.current.value, s.measure.unit)}${describeAgainstTarget(s.measure, s.variance, s.status)})`,
  );
  if (attention.length > 0) sentences.push(`Furthest from target: ${joinWords(attention)}.`);

  const movers = rankBiggestMovers(summaries, 3).map((s) => {
    const change = s.vsPrevious.change ?? 0;
    const by = formatDifference(Math.abs(change), s.measure.unit);
    return `${name(s.measure)} ${change > 0 ? 'up' : 'down'} ${by} to ${formatValue(s.current.value, s.measure.unit)}`;
  });
  if (movers.length > 0) sentences.push(`Largest changes on ${previousPeriod(period).label}: ${joinWords(movers)}.`);

  sentences.push(describeSignals(measures, period));
  return sentences;
}

function describeSignals(measures: Measure[], period: Period): string {
  const analyses = measures.flatMap((m) => {
    const spc = analyseSpc(m, { throughMonth: period.months.at(-1) });
    return spc.status === 'ok' ? [{ measure: m, kind: spc.variation.kind }] : [];
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

function name(measure: Measure): string {
  return measure.code ? `${measure.code} ${measure.title.replace(/\.$/, '')}` : measure.title;
}
