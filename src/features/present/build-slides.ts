import type { PeriodModel } from '../../domain/dataset-model';
import type { TextBlock } from '../../domain/indicators';
import { buildMonthlyFigureView, type MonthlyFigureView } from '../../presenters/build-figure-views';
import { buildFamilyTileView, type KpiTileView } from '../../presenters/build-tile-view';
import { matchesQuery } from '../../domain/filter-measures';
import type { FamilyHeadline } from '../../domain/family-headline';
import type { Period } from '../../domain/period';
import { measureHeading } from '../../presenters/labels';
import { filterFromSearch, type DashboardSearch } from '../../url/dashboard-search';
import { describeChartSource, type ChartSourceView } from '../../presenters/describe-chart-source';
import { describeSlideNotes } from './slide-notes';

export type SlideBy = 'measure' | 'section';

/** A heading of a slide's speaker notes and its paragraphs: the full definition, analysis and drafted commentary. */
export type NoteSection = { heading: string; paragraphs: string[] };

export type MeasureSlide = {
  kind: 'measure';
  key: string;
  measureId: string;
  /** Every measure the slide stands for: a family's members share one slide, so a link to any of them lands here. */
  memberIds: string[];
  heading: string;
  context: string;
  tile: KpiTileView;
  chart: MonthlyFigureView;
  points: string[];
  notes: NoteSection[];
};

export type SectionSlide = {
  kind: 'section';
  key: string;
  heading: string;
  context: string;
  tiles: KpiTileView[];
  points: string[];
  notes: NoteSection[];
};

export type Slide = MeasureSlide | SectionSlide;

/** `source`: the "data as at" and source lines an exported chart carries. */
export type SlideDeck = { period: Period; slides: Slide[]; source: ChartSourceView };

/** A slide has room for a few points read from across a room, not the whole commentary. */
const MAX_POINTS = 3;
const MAX_POINT_LENGTH = 240;

/**
 * The overview's filtered measures, in the overview's order, as one slide each, or grouped into one slide per
 * report section (in the order the sections' first measures appear).
 */
export function buildSlides(periodModel: PeriodModel, search: DashboardSearch, by: SlideBy): SlideDeck {
  const { period, model } = periodModel;
  const filter = filterFromSearch(search);
  // As the overview: one slide per family, kept when the search finds any member.
  const headlines = periodModel.headlines.filter(
    ({ summary, members }) =>
      (filter.areas.length === 0 || filter.areas.includes(summary.measure.serviceArea)) &&
      (filter.statuses.length === 0 || filter.statuses.includes(summary.status)) &&
      members.some((m) => matchesQuery(m.measure, filter.query)),
  );
  const areaName = (id: string) => model.areaOf(id)?.name ?? id;
  const source = describeChartSource(model.dataset);

  if (by === 'measure') {
    const slides: Slide[] = headlines.map((headline) => {
      const { summary } = headline;
      const { measure } = summary;
      const section = model.sectionOf(measure.section);
      return {
        kind: 'measure',
        key: measure.id,
        measureId: measure.id,
        memberIds: headline.members.map((m) => m.measure.id),
        heading: measureHeading(measure),
        context: [areaName(measure.serviceArea), section?.title].filter(Boolean).join(' · '),
        tile: buildFamilyTileView(headline),
        chart: buildMonthlyFigureView(measure, period, { target: summary.target, benchmark: summary.benchmark ?? null }),
        points: pickPoints(section?.analysis ?? []),
        notes: describeSlideNotes(periodModel, section ?? null, summary),
      };
    });
    return { period, slides, source };
  }

  const bySection = new Map<string, FamilyHeadline[]>();
  for (const headline of headlines) {
    const section = headline.summary.measure.section;
    bySection.set(section, [...(bySection.get(section) ?? []), headline]);
  }
  const slides: Slide[] = [...bySection].map(([sectionId, items]) => {
    const section = model.sectionOf(sectionId);
    return {
      kind: 'section',
      key: sectionId,
      heading: section?.title ?? sectionId,
      context: areaName(section?.serviceArea ?? items[0]?.summary.measure.serviceArea ?? ''),
      tiles: items.map((item) => buildFamilyTileView(item)),
      points: pickPoints(section?.analysis ?? []),
      notes: describeSlideNotes(periodModel, section ?? null),
    };
  });
  return { period, slides, source };
}

/** The first points of the analysis: list items as they are, paragraphs cut at a sentence end. */
export function pickPoints(blocks: readonly TextBlock[]): string[] {
  const points = blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
  return points.slice(0, MAX_POINTS).map(shorten);
}

function shorten(text: string): string {
  if (text.length <= MAX_POINT_LENGTH) return text;
  const cut = text.slice(0, MAX_POINT_LENGTH);
  const sentenceEnd = cut.lastIndexOf('. ');
  return sentenceEnd > 80 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
