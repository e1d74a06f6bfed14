import { compareDirection, type Direction } from './compare-direction';
import type { PeriodModel } from './dataset-model';
import type { Status } from './evaluate-status';
import type { Measure } from './indicators';
import type { VariationKind } from './spc/classify-variation';
import type { MeasureSummary } from './summarise-measure';
import { resolvePackHeadlines } from './packs';
import { measureMovement } from './rank-movers';
import { measureUsualVariation } from './usual-variation';

/**
 * "Since last meeting": what changed between a baseline and now, for the measures a meeting looks at. The baseline
 * is the period before (the same data) or what an earlier version of the data showed. Words are the presenters'
 * (presenters/describe-exceptions.ts).
 */

export type StatusChange = { measure: Measure; from: Status; to: Status };
export type NewSignal = { measure: Measure; variation: Exclude<VariationKind, 'common-cause'>; was: VariationKind | null };
/** `score`: the change against the measure's usual variation, as the overview's biggest movers (rank-movers.ts). */
export type Mover = { measure: Measure; direction: Direction; from: number; to: number; score: number };

export type ModelComparison = {
  statusChanges: StatusChange[];
  newSignals: NewSignal[];
  /** The changes that matter most first: against each measure's usual variation, as the overview ranks them. */
  movers: Mover[];
};

export type CompareOptions = {
  /** The measures to compare (a pack's, a deck's), in their order; every headline of the current model when absent. */
  measureIds?: readonly string[];
  /** How many movers to keep. */
  moverLimit?: number;
};

/** Counts under 10 either side swing by large ratios on tiny numbers: noise, not movement (as rankBiggestMovers). */
const SMALL_COUNT = 10;

export function compareModels(current: PeriodModel, baseline: PeriodModel, { measureIds, moverLimit = 5 }: CompareOptions = {}): ModelComparison {
  // A family's members share a slide, so a family is compared once, by the figure that heads its slide.
  const headlines = measureIds ? resolvePackHeadlines(current, measureIds) : current.headlines;
  const summaries = headlines.map((h) => h.summary);
  const samePeriod = current.period.key === baseline.period.key;

  const statusChanges: StatusChange[] = [];
  const newSignals: NewSignal[] = [];
  const movers: Mover[] = [];
  for (const now of summaries) {
    const { measure } = now;
    const before = baseline.summaryOf(measure.id);
    if (before && before.status !== now.status && now.status !== 'no-data') statusChanges.push({ measure, from: before.status, to: now.status });

    const signal = variationOf(current, measure.id);
    const was = before ? variationOf(baseline, measure.id) : null;
    if (signal && signal !== 'common-cause' && signal !== was) newSignals.push({ measure, variation: signal, was });

    const mover = before && compareFigures(now, before, samePeriod);
    if (mover) movers.push(mover);
  }
  movers.sort((a, b) => b.score - a.score);
  return { statusChanges, newSignals, movers: movers.slice(0, moverLimit) };
}

function variationOf(model: PeriodModel, id: string): VariationKind | null {
  const spc = model.spcOf(id);
  return spc.status === 'ok' ? (spc.variation?.kind ?? null) : null;
}

function compareFigures(now: MeasureSummary, before: MeasureSummary, samePeriod: boolean): Mover | null {
  const { measure } = now;
  const to = now.current.value;
  const from = before.current.value;
  if (to === null || from === null) return null;
  // Running totals grow through the year: against an earlier period they rise by arithmetic, not by movement.
  const accumulates = measure.unit !== 'percent' && measure.basis !== 'snapshot';
  if (!samePeriod && accumulates && (measure.basis === 'year-to-date' || now.current.partial || before.current.partial)) return null;
  if (measure.unit === 'count' && Math.max(Math.abs(to), Math.abs(from)) < SMALL_COUNT) return null;
  const direction = compareDirection(measure, to, from, before.period.label);
  if (direction.relative === null || direction.change === 0) return null;
  // Against the period before, the overview's own ranking (build-up judged against its trajectory, targets weighed);
  // against an earlier version of the same period, how far the figure was revised, in the measure's usual steps.
  const score = samePeriod ? revisionScore(measure, to - from) : measureMovement(now)?.score;
  return score === undefined || score === null ? null : { measure, direction, from, to, score };
}

function revisionScore(measure: Measure, change: number): number | null {
  const usual = measureUsualVariation(measure);
  return usual === null ? null : Math.abs(change) / usual;
}
