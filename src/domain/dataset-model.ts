import type { Dataset, Measure, Section, ServiceArea } from './indicators';
import { findFamilies, type Family } from './families';
import { chooseFamilyHeadline, type FamilyHeadline } from './family-headline';
import { orderMeasuresByArea } from './filter-measures';
import { groupBenchmarks, summariseBenchmarks, type MeasureBenchmarks } from './measure-benchmarks';
import { listAvailablePeriods, type Period } from './period';
import { resolvePeriod } from './resolve-period';
import { measureMovement, type Movement } from './rank-movers';
import { measureUsualVariation } from './usual-variation';
import { analyseSpc, type SpcResult } from './spc/analyse-spc';
import { summariseMeasure, type MeasureSummary } from './summarise-measure';
import { selectMeasureEvents } from './select-measure-events';

/**
 * The one derived model of a dataset: worked out once, when a dataset is first read, and shared by every screen,
 * export and draft. A dataset is never changed once loaded, so nothing here is ever invalidated: a new file or
 * a refresh brings a new dataset object and with it a new model.
 *
 * The costly parts are lazy. A period's model (every measure's summary) is built the first time a screen asks
 * for that period and kept; a measure's SPC is analysed the first time anything asks for it in that period.
 */
export type DatasetModel = {
  dataset: Dataset;
  /** The overview's order: by service area as the data lists them, then the data's own order. */
  measures: readonly Measure[];
  measureOf: (id: string) => Measure | undefined;
  sectionOf: (id: string) => Section | undefined;
  areaOf: (id: string) => ServiceArea | undefined;
  /** The family a measure belongs to (CSC 040 with CSC 038), or null for a measure on its own. */
  familyOf: (id: string) => Family | null;
  /** The last month the report covers ("2023-09"), from its as-at date; null when that is not a date. */
  lastMonth: string | null;
  /** Months (newest first), quarters and years the data has figures for. */
  periods: () => readonly Period[];
  /** How much a measure usually moves from month to month (usual-variation.ts): worked out once, on first ask. */
  usualVariationOf: (measure: Measure) => number | null;
  /** A measure's published benchmarks, grouped once; undefined when the file has none for it. */
  benchmarksOf: (id: string) => MeasureBenchmarks | undefined;
  /** The model for the period a link asks for; the latest month when it asks for none or one the data lacks. */
  forPeriod: (periodKey: string | undefined) => PeriodModel | null;
};

export type PeriodModel = {
  model: DatasetModel;
  period: Period;
  /** The key a link asked for when the data does not cover it, so a screen can say so rather than switch silently. */
  ignoredPeriodKey: string | null;
  /** Every measure's summary for the period, in the model's order. */
  summaries: readonly MeasureSummary[];
  summaryOf: (measureId: string) => MeasureSummary | undefined;
  /** One entry per family (or lone measure), in the model's order: what the overview shows as one tile each. */
  headlines: readonly FamilyHeadline[];
  /** The headline of the family a measure belongs to (or of the measure alone). */
  headlineOf: (measureId: string) => FamilyHeadline | undefined;
  /** A summary's change since the previous period, weighed for the biggest movers; worked out on first ask, then kept. */
  movementOf: (summary: MeasureSummary) => Movement | null;
  /** SPC of one measure as it stood at the end of the period; analysed on first ask, then kept. */
  spcOf: (measureId: string) => SpcResult;
};

const models = new WeakMap<Dataset, DatasetModel>();

/** The model of a dataset: built on the first call for a dataset object, the same object on every later call. */
export function datasetModelOf(dataset: Dataset): DatasetModel {
  let model = models.get(dataset);
  if (!model) {
    model = buildDatasetModel(dataset);
    models.set(dataset, model);
  }
  return model;
}

function buildDatasetModel(dataset: Dataset): DatasetModel {
  const measures = orderMeasuresByArea(dataset);
  const measureById = new Map(dataset.measures.map((m) => [m.id, m]));
  const sectionById = new Map(dataset.sections.map((s) => [s.id, s]));
  const areaById = new Map(dataset.serviceAreas.map((a) => [a.id, a]));
  const periods = lazy(() => Object.freeze(listAvailablePeriods(dataset)));
  const byPeriodKey = new Map<string, PeriodModel | null>();
  const families = findFamilies(measures);
  const benchmarks = lazy(() => groupBenchmarks(dataset));
  const variations = new Map<Measure, number | null>();

  const model: DatasetModel = {
    dataset,
    measures,
    familyOf: (id) => families.get(id) ?? null,
    lastMonth: /^\d{4}-\d{2}/.exec(dataset.reportingPeriod.asAt)?.[0] ?? null,
    measureOf: (id) => measureById.get(id),
    sectionOf: (id) => sectionById.get(id),
    areaOf: (id) => areaById.get(id),
    periods,
    benchmarksOf: (id) => benchmarks().get(id),
    usualVariationOf(measure) {
      if (!variations.has(measure)) variations.set(measure, measureUsualVariation(measure));
      return variations.get(measure) ?? null;
    },
    forPeriod(periodKey) {
      const key = periodKey ?? '';
      if (!byPeriodKey.has(key)) byPeriodKey.set(key, buildPeriodModel(model, periodKey));
      return byPeriodKey.get(key) ?? null;
    },
  };
  return model;
}

function buildPeriodModel(model: DatasetModel, periodKey: string | undefined): PeriodModel | null {
  const { period, ignoredKey: ignoredPeriodKey } = resolvePeriod(model.periods(), periodKey);
  if (!period) return null;
  const financialYear = model.dataset.reportingPeriod.financialYear;
  const { lastMonth } = model;
  const summaries = model.measures.map((m) => {
    const summary = summariseMeasure(m, period, { financialYear, lastMonth, family: model.familyOf(m.id) });
    return {
      ...summary,
      benchmark: summariseBenchmarks(m, model.benchmarksOf(m.id), period.financialYear),
      events: selectMeasureEvents(model.dataset.events, m, summary.sparkline.map((p) => p.month)),
    };
  });
  const summaryById = new Map(summaries.map((s) => [s.measure.id, s]));
  const summaryOf = (id: string) => summaryById.get(id);
  const headlineById = new Map<string, FamilyHeadline>();
  const headlines: FamilyHeadline[] = [];
  for (const measure of model.measures) {
    const family = model.familyOf(measure.id);
    const key = family?.id ?? measure.id;
    let headline = headlineById.get(key);
    if (!headline) {
      headline = chooseFamilyHeadline(family, measure, period, summaryOf) ?? undefined;
      if (!headline) continue;
      headlines.push(headline);
      headlineById.set(key, headline);
    }
    headlineById.set(measure.id, headline);
  }
  const movements = new WeakMap<MeasureSummary, Movement | null>();
  const spcById = new Map<string, SpcResult>();
  const throughMonth = period.months.at(-1);
  return {
    model,
    period,
    ignoredPeriodKey,
    summaries,
    summaryOf,
    headlines,
    headlineOf: (id) => headlineById.get(id),
    // Kept per summary object: the overview ranks on every keystroke and only sorts after the first time.
    movementOf(summary) {
      if (!movements.has(summary)) movements.set(summary, measureMovement(summary, model.usualVariationOf(summary.measure)));
      return movements.get(summary) ?? null;
    },
    spcOf(id) {
      let spc = spcById.get(id);
      if (!spc) {
        const measure = model.measureOf(id);
        spc = measure ? analyseSpc(measure, { throughMonth }) : MISSING_MEASURE;
        spcById.set(id, spc);
      }
      return spc;
    },
  };
}

const MISSING_MEASURE: SpcResult = { status: 'not-applicable', have: 0, need: 0, message: 'No such measure' };

function lazy<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}
