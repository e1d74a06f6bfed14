import type { Dataset, Measure, TextBlock } from '../../domain/indicators';
import { buildTileView, type DirectionView, type KpiTileView } from '../../domain/build-tile-view';
import type { Status } from '../../domain/evaluate-status';
import { filterByMeasure, orderMeasuresByArea } from '../../domain/filter-measures';
import { findAdjacentMeasures } from '../../domain/find-adjacent-measures';
import { findSummaryEntry } from '../../domain/find-summary-entry';
import { listAvailablePeriods, type Period } from '../../domain/period';
import { resolvePeriod } from '../../domain/resolve-period';
import { summariseMeasure } from '../../domain/summarise-measure';
import { filterFromSearch, hasActiveFilter, type DashboardSearch } from '../../url/dashboard-search';
import { groupPeriods, type PeriodGroup } from '../../domain/group-periods';
import { formatTarget } from '../../presenters/format';
import { buildAnnualFigureView, buildMonthlyFigureView, type AnnualFigureView, type MonthlyFigureView } from '../../components/build-figure-views';
import { draftMeasureCommentary } from '../../domain/draft-commentary';
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
  varianceText: string | null;
  favourable: boolean | null;
  direction: DirectionView;
  lastYear: DirectionView;
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

/** Null when the id is not in the data, or when no period has a figure at all; the page says which. */
export function buildMeasureView(dataset: Dataset, measureId: string, search: DashboardSearch): MeasureView | null {
  const measure = dataset.measures.find((m) => m.id === measureId);
  const { period, ignoredKey } = resolvePeriod(dataset, search.period);
  if (!measure || !period) return null;
  const year = dataset.reportingPeriod.financialYear;
  const section = dataset.sections.find((s) => s.id === measure.section);
  const summarise = (m: Measure) => summariseMeasure(m, period, year);
  const entry = section ? findSummaryEntry(dataset, section) : null;
  const heading = measure.code ? `${measure.code}: ${measure.title}` : measure.title;

  return {
    id: measure.id,
    heading,
    areaName: dataset.serviceAreas.find((a) => a.id === measure.serviceArea)?.name ?? measure.serviceArea,
    sectionTitle: section?.title ?? measure.section,
    characteristics: `${POLARITY_TEXT[measure.polarity]} · ${BASIS_TEXT[measure.basis]}`,
    period,
    ignoredPeriodKey: ignoredKey,
    periodGroups: groupPeriods(listAvailablePeriods(dataset)),
    headline: buildHeadline(measure, buildTileView(summarise(measure), { spcIcons: false }), period),
    monthly: buildMonthlyFigureView(measure, period),
    annual: buildAnnualFigureView(measure, year),
    spc: buildSpcPanelView(measure, period, dataset, heading),
    draft: { subject: `${measure.code ?? measure.title}, ${period.label}`, sentences: draftMeasureCommentary(measure, period, dataset) },
    definition: section?.definition ?? [],
    analysis: section?.analysis ?? [],
    summary: entry ? { topic: entry.topic, text: entry.text } : null,
    notes: measure.notes ?? [],
    sourceIssues: (dataset.sourceIssues ?? [])
      .filter((issue) => issue.measure === measure.id || (issue.measure === null && issue.section === measure.section))
      .map((issue) => issue.description),
    related: dataset.measures.filter((m) => m.section === measure.section && m.id !== measure.id).map((m) => buildTileView(summarise(m), { spcIcons: false })),
    navigation: buildNavigation(dataset, measure, search, summarise),
  };
}

/**
 * Previous and next follow the overview: its order, narrowed by the same area, status and search filters (statuses
 * for the same period). A measure opened outside those filters pages through every measure instead, and says so.
 */
function buildNavigation(
  dataset: Dataset,
  measure: Measure,
  search: DashboardSearch,
  summarise: (m: Measure) => ReturnType<typeof summariseMeasure>,
): MeasureNavigationView {
  const all = orderMeasuresByArea(dataset);
  const filter = filterFromSearch(search);
  const isFiltered = hasActiveFilter(filter);
  const filtered = isFiltered ? filterByMeasure(all.map(summarise), filter).map((s) => s.measure) : all;
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
  const hasTarget = measure.target !== null;
  return {
    periodLabel: period.label,
    valueText: tile.valueText,
    valueNote: tile.valueNote,
    status: tile.status,
    targetLabel: hasTarget ? (measure.polarity === 'neutral' ? 'Comparator' : 'Target') : null,
    targetText: measure.target === null ? null : formatTarget(measure.target, measure.unit),
    varianceText: tile.varianceText,
    favourable: tile.favourable,
    direction: tile.direction,
    lastYear: tile.lastYear,
  };
}

function toLink(measure: Measure): MeasureLinkView {
  return { id: measure.id, label: measure.code ? `${measure.code}: ${measure.title}` : measure.title };
}
