import type { Measure, TextBlock } from '../../domain/indicators';
import type { DatasetModel, PeriodModel } from '../../domain/dataset-model';
import type { Status } from '../../domain/evaluate-status';
import { filterByMeasure } from '../../domain/filter-measures';
import { findAdjacentMeasures } from '../../domain/find-adjacent-measures';
import { findSummaryEntry } from '../../domain/find-summary-entry';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import type { Period } from '../../domain/period';
import { buildTileView, type DirectionView, type KpiTileView, type VarianceView } from '../../presenters/build-tile-view';
import { buildAnnualFigureView, buildMonthlyFigureView, type AnnualFigureView, type MonthlyFigureView } from '../../presenters/build-figure-views';
import { draftMeasureCommentary } from '../../presenters/draft-commentary';
import { measureHeading, measureShortName, TARGET_KIND_LABELS, targetKindOf } from '../../presenters/labels';
import { formatTarget } from '../../presenters/format';
import type { VarianceTone } from '../../presenters/variants';
import { filterFromSearch, hasActiveFilter, type DashboardSearch } from '../../url/dashboard-search';
import { buildSpcPanelView, type SpcPanelView } from './build-spc-panel-view';

export type MeasureLinkView = { id: string; label: string };

export type MeasureNavigationView = {
  previous: MeasureLinkView | null;
  next: MeasureLinkView | null;
  /** "Measure 2 of 3 matching the overview's filters" */
  positionText: string;
};

/** The tile's facts, for the large headline: each with its own label rather than one line of text. */
export type HeadlineView = {
  /** "Sep 2023" */
  periodLabel: string;
  valueText: string;
  valueNote: string | null;
  status: Status;
  /** "Target" or, for neutral measures, "Comparator"; null without one. */
  targetLabel: string | null;
  targetText: string | null;
  /** Against target: the variance, or why there is none ("No target for this measure"), with its colour. */
  variance: { text: string; tone: VarianceTone };
  direction: DirectionView;
  lastYear: DirectionView;
  benchmark: KpiTileView['benchmark'];
};

export type MeasureView = {
  id: string;
  /** "CSC 022: Monthly % of referrals completed within 1 working day" */
  heading: string;
  areaName: string;
  sectionTitle: string;
  /** "Higher is better · Figure for the month alone" */
  characteristics: string;
  period: Period;
  ignoredPeriodKey: string | null;
  periodGroups: PeriodGroup[];
  headline: HeadlineView;
  monthly: MonthlyFigureView;
  annual: AnnualFigureView;
  spc: SpcPanelView;
  /** Machine-drafted sentences for the period, shown apart from the analysts' text; subject "CSC 022, Sep 2023". */
  draft: { subject: string; sentences: string[] };
  definition: TextBlock[];
  analysis: TextBlock[];
  summary: { topic: string; text: string } | null;
  notes: string[];
  sourceIssues: string[];
  related: KpiTileView[];
  navigation: MeasureNavigationView;
};

const POLARITY_TEXT: Record<Measure['polarity'], string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  neutral: 'Neither higher nor lower is better (context)',
};
const BASIS_TEXT: Record<Measure['basis'], string> = {
  month: 'Figure for the month alone',
  'year-to-date': 'Year to date: cumulative since April',
  snapshot: 'Position at the end of the month',
};

/** One measure in the period the model is for, from the model's summaries and SPC; null when the id is unknown. */
export function buildMeasureView(periodModel: PeriodModel, measureId: string, search: DashboardSearch): MeasureView | null {
  const { model, period } = periodModel;
  const { dataset } = model;
  const summary = periodModel.summaryOf(measureId);
  if (!summary) return null;
  const { measure } = summary;
  const section = model.sectionOf(measure.section);
  const entry = section ? findSummaryEntry(dataset, section) : null;
  const spc = periodModel.spcOf(measure.id);

  return {
    id: measure.id,
    heading: measureHeading(measure),
    areaName: model.areaOf(measure.serviceArea)?.name ?? measure.serviceArea,
    sectionTitle: section?.title ?? measure.section,
    characteristics: `${POLARITY_TEXT[measure.polarity]} · ${BASIS_TEXT[measure.basis]}`,
    period,
    ignoredPeriodKey: periodModel.ignoredPeriodKey,
    periodGroups: groupPeriods(model.periods()),
    headline: buildHeadline(measure, buildTileView(summary), period),
    monthly: buildMonthlyFigureView(measure, period, summary.benchmark ?? null),
    annual: buildAnnualFigureView(measure, dataset.reportingPeriod.financialYear, model.benchmarksOf(measure.id)),
    spc: buildSpcPanelView(measure, spc, period, dataset),
    draft: { subject: `${measureShortName(measure)}, ${period.label}`, sentences: draftMeasureCommentary(summary, spc) },
    definition: section?.definition ?? [],
    analysis: section?.analysis ?? [],
    summary: entry ? { topic: entry.topic, text: entry.text } : null,
    notes: measure.notes ?? [],
    sourceIssues: (dataset.sourceIssues ?? [])
      .filter((issue) => issue.measure === measure.id || (issue.measure === null && issue.section === measure.section))
      .map((issue) => issue.description),
    related: periodModel.summaries.filter((s) => s.measure.section === measure.section && s.measure.id !== measure.id).map((s) => buildTileView(s)),
    navigation: buildNavigation(periodModel, measure, search),
  };
}

/**
 * Previous and next follow the overview: its order, narrowed by the same area, status and search filters (statuses
 * for the same period). A measure opened outside those filters pages through every measure instead, and says so.
 */
function buildNavigation(periodModel: PeriodModel, measure: Measure, search: DashboardSearch): MeasureNavigationView {
  const all = periodModel.model.measures;
  const filter = filterFromSearch(search);
  const isFiltered = hasActiveFilter(filter);
  const filtered = isFiltered ? filterByMeasure(periodModel.summaries, filter).map((s) => s.measure) : all;
  const inFilter = filtered.some((m) => m.id === measure.id);
  const adjacent = findAdjacentMeasures(inFilter ? filtered : all, measure.id);
  const where = !isFiltered
    ? 'in the overview'
    : inFilter
      ? "matching the overview's filters"
      : "in the overview (this measure is outside the overview's filters, so previous and next go through every measure)";
  return {
    previous: adjacent.previous ? toLink(adjacent.previous) : null,
    next: adjacent.next ? toLink(adjacent.next) : null,
    positionText: `Measure ${adjacent.position ?? 0} of ${adjacent.total} ${where}`,
  };
}

function buildHeadline(measure: Measure, tile: KpiTileView, period: Period): HeadlineView {
  const kind = targetKindOf(measure);
  return {
    periodLabel: period.label,
    valueText: tile.valueText,
    valueNote: tile.valueNote,
    status: tile.status,
    targetLabel: kind ? TARGET_KIND_LABELS[kind] : null,
    targetText: measure.target === null ? null : formatTarget(measure.target, measure.unit),
    variance: describeAgainstTarget(tile.variance, kind),
    direction: tile.direction,
    lastYear: tile.lastYear,
    benchmark: tile.benchmark,
  };
}

/** The headline always says something against target: the variance, or why there is none. */
function describeAgainstTarget(variance: VarianceView | null, kind: ReturnType<typeof targetKindOf>): HeadlineView['variance'] {
  if (variance) return variance;
  return { text: kind === 'target' ? 'No figure to compare' : 'No target for this measure', tone: 'none' };
}

function toLink(measure: Measure): MeasureLinkView {
  return { id: measure.id, label: measureHeading(measure) };
}

/** The measure's own heading for the page when the data has no figures at all, or null when the id is unknown. */
export function findMeasureHeading(model: DatasetModel, measureId: string): string | null {
  const measure = model.measureOf(measureId);
  return measure ? measureHeading(measure) : null;
}
