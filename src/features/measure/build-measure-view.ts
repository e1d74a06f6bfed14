import type { Measure, TextBlock } from '../../domain/indicators';
import type { DatasetModel, PeriodModel } from '../../domain/dataset-model';
import type { Status } from '../../domain/evaluate-status';
import { filterByMeasure } from '../../domain/filter-measures';
import { selectHeadlines } from '../../domain/select-headlines';
import { findAdjacentMeasures } from '../../domain/find-adjacent-measures';
import { findSummaryEntry } from '../../domain/find-summary-entry';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import type { Period } from '../../domain/period';
import { buildTileView, type DirectionView, type KpiTileView, type VarianceView } from '../../presenters/build-tile-view';
import { resolveTarget } from '../../domain/targets';
import type { MeasureSummary } from '../../domain/summarise-measure';
import { describeJudgement } from '../../presenters/describe-judgement';
import { buildAnnualFigureView, buildMonthlyFigureView, type AnnualFigureView, type MonthlyFigureView } from '../../presenters/build-figure-views';
import { draftMeasureCommentary } from '../../presenters/draft-commentary';
import { measureHeading, measureShortName, TARGET_KIND_LABELS, targetKindOf } from '../../presenters/labels';
import type { VarianceTone } from '../../presenters/variants';
import { filterFromSearch, hasActiveFilter, type DashboardSearch } from '../../url/dashboard-search';
import { buildSpcPanelView, type SpcPanelView } from './build-spc-panel-view';
import { selectMeasureEvents } from '../../domain/select-measure-events';
import { buildEventViews, type EventView } from '../../presenters/event-views';

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
  /** The badge's words ("On track", "Off target (Sep 2023 only)"). */
  statusLabel: string;
  /** "Target", "Trajectory" or, for neutral measures, "Comparator"; null without one. */
  targetLabel: string | null;
  targetText: string | null;
  /** Where the target comes from when it is not the table's (the family's, the summary's, an assumed profile). */
  targetNote: string | null;
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
  /** Every event concerning the measure, oldest first, numbered as on its charts: listed beside the analysis. */
  events: EventView[];
  /** What a drafted event concerns by default: this measure, or its service area. */
  eventScope: { id: string; serviceArea: string; name: string };
  /** Machine-drafted sentences for the period, shown apart from the analysts' text; subject "CSC 022, Sep 2023". */
  draft: { subject: string; sentences: string[] };
  definition: TextBlock[];
  analysis: TextBlock[];
  /** The Performance Summary's entry, one string per paragraph (the data separates them with a blank line). */
  summary: { topic: string; paragraphs: string[] } | null;
  /** The indicator's family for the period, side by side (this measure marked); null for a measure on its own. */
  family: FamilyView | null;
  notes: string[];
  sourceIssues: string[];
  related: KpiTileView[];
  navigation: MeasureNavigationView;
};

export type FamilyView = {
  /** "How CSC 040 and its related measures stand in Q2 2023/24" */
  heading: string;
  /** What the overview's one tile shows for this period, and why. */
  headlineText: string;
  members: { tile: KpiTileView; isThisMeasure: boolean; role: string }[];
};

const ROLE_TEXT = { head: 'Main measure', 'year-to-date': 'Year to date', rate: 'Rate or share', part: 'Of which' } as const;

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
  const family = model.familyOf(measure.id);
  const familyIds = new Set(family?.members.map((m) => m.measure.id) ?? []);
  const yearSource = family?.head === measure && family.yearToDate ? family.yearToDate : measure;

  return {
    id: measure.id,
    heading: measureHeading(measure),
    areaName: model.areaOf(measure.serviceArea)?.name ?? measure.serviceArea,
    sectionTitle: section?.title ?? measure.section,
    characteristics: `${POLARITY_TEXT[measure.polarity]} · ${BASIS_TEXT[measure.basis]}`,
    period,
    ignoredPeriodKey: periodModel.ignoredPeriodKey,
    periodGroups: groupPeriods(model.periods()),
    headline: buildHeadline(summary, buildTileView(summary), period),
    monthly: buildMonthlyFigureView(measure, period, { target: summary.target, benchmark: summary.benchmark ?? null, events: dataset.events }),
    // A monthly member's years are its year-to-date sibling's (CSC 040's Annual Trend holds only September's figure).
    annual: buildAnnualFigureView(yearSource, dataset.reportingPeriod.financialYear, {
      targetFor: (year) => resolveTarget(yearSource, family, year),
      shownFor: measure,
      benchmarks: model.benchmarksOf(yearSource.id),
      events: dataset.events,
    }),
    eventScope: { id: measure.id, serviceArea: measure.serviceArea, name: measureShortName(measure) },
    events: buildEventViews(selectMeasureEvents(dataset.events, measure), measure, (id) => model.areaOf(id)?.name ?? id),
    spc: buildSpcPanelView(measure, spc, period, dataset),
    draft: { subject: `${measureShortName(measure)}, ${period.label}`, sentences: draftMeasureCommentary(summary, spc) },
    definition: section?.definition ?? [],
    analysis: section?.analysis ?? [],
    summary: entry ? { topic: entry.topic, paragraphs: entry.text.split(/\n\s*\n/).filter((p) => p.trim() !== '') } : null,
    family: buildFamilyView(periodModel, summary),
    notes: measure.notes ?? [],
    sourceIssues: (dataset.sourceIssues ?? [])
      .filter((issue) => issue.measure === measure.id || (issue.measure === null && issue.section === measure.section))
      .map((issue) => issue.description),
    related: periodModel.summaries
      .filter((s) => s.measure.section === measure.section && s.measure.id !== measure.id && !familyIds.has(s.measure.id))
      .map((s) => buildTileView(s)),
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
  // A search orders by best match, family by family, as the overview's tiles do; other filters keep the overview's order.
  const filtered =
    filter.query.trim() !== ''
      ? selectHeadlines(periodModel.headlines, filter, periodModel.model.dataset).flatMap((s) => s.headline.members.map((m) => m.measure))
      : isFiltered
        ? filterByMeasure(periodModel.summaries, filter).map((s) => s.measure)
        : all;
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

/** The family's members side by side for the period, each as a compact tile, with what the overview's tile shows. */
function buildFamilyView(periodModel: PeriodModel, summary: MeasureSummary): FamilyView | null {
  const headline = periodModel.headlineOf(summary.measure.id);
  const family = headline?.family;
  if (!headline || !family) return null;
  const shown = headline.summary.measure;
  const which = headline.role === 'year-to-date' ? 'its year-to-date measure' : 'its main measure';
  return {
    heading: `${measureShortName(family.head)} and its related measures, ${periodModel.period.label}`,
    headlineText: `The overview shows this family as one tile; for ${periodModel.period.label} it shows ${which}, ${measureShortName(shown)}.`,
    members: family.members.flatMap(({ measure, role }) => {
      const member = periodModel.summaryOf(measure.id);
      return member ? [{ tile: buildTileView(member), isThisMeasure: measure.id === summary.measure.id, role: ROLE_TEXT[role] }] : [];
    }),
  };
}

function buildHeadline(summary: MeasureSummary, tile: KpiTileView, period: Period): HeadlineView {
  const { measure } = summary;
  const kind = summary.target ? targetKindOf({ target: summary.target.value, polarity: measure.polarity }) : null;
  const judgement = describeJudgement(summary);
  const trajectory = summary.judgedAgainst?.kind === 'trajectory';
  return {
    periodLabel: period.label,
    valueText: tile.valueText,
    valueNote: tile.valueNote,
    status: tile.status,
    statusLabel: judgement.statusLabel,
    targetLabel: trajectory ? 'Trajectory' : kind ? TARGET_KIND_LABELS[kind] : null,
    targetText: tile.targetText?.replace(/^(Target|Comparator|Trajectory) /, '') ?? null,
    targetNote: judgement.targetNote,
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
