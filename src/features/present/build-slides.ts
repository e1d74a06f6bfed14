import type { PeriodModel } from '../../domain/dataset-model';
import type { TextBlock } from '../../domain/indicators';
import { buildMonthlyFigureView, type MonthlyFigureView } from '../../presenters/build-figure-views';
import { buildFamilyTileView, type KpiTileView } from '../../presenters/build-tile-view';
import { matchesQuery } from '../../domain/filter-measures';
import { resolvePackHeadlines } from '../../domain/packs';
import type { FamilyHeadline } from '../../domain/family-headline';
import type { Period } from '../../domain/period';
import { measureHeading } from '../../presenters/labels';
import { filterFromSearch, type DashboardSearch } from '../../url/dashboard-search';

export type SlideBy = 'measure' | 'section';

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
};

export type SectionSlide = {
  kind: 'section';
  key: string;
  heading: string;
  context: string;
  tiles: KpiTileView[];
  points: string[];
};

/** The opening "Since last meeting" slide: what changed in these measures (it works out the comparison itself). */
export type SinceSlide = { kind: 'since'; key: 'since-last-meeting'; measureIds: string[] };

export type Slide = MeasureSlide | SectionSlide | SinceSlide;

/** `measureIds`: the measures on the slides, one per family, in slide order (what "Since last meeting" compares). */
export type SlideDeck = { period: Period; slides: Slide[]; measureIds: string[] };

/** A slide has room for a few points read from across a room, not the whole commentary. */
const MAX_POINTS = 3;
const MAX_POINT_LENGTH = 240;

/**
 * The overview's filtered measures, in the overview's order, as one slide each, or grouped into one slide per
 * report section (in the order the sections' first measures appear). A pack's measures replace the filters, in the
 * pack's order.
 */
export function buildSlides(periodModel: PeriodModel, search: DashboardSearch, by: SlideBy, pack?: readonly string[]): SlideDeck {
  const { period, model } = periodModel;
  const filter = filterFromSearch(search);
  // As the overview: one slide per family, kept when the search finds any member.
  const headlines = pack
    ? resolvePackHeadlines(periodModel, pack)
    : periodModel.headlines.filter(
        ({ summary, members }) =>
          (filter.areas.length === 0 || filter.areas.includes(summary.measure.serviceArea)) &&
          (filter.statuses.length === 0 || filter.statuses.includes(summary.status)) &&
          members.some((m) => matchesQuery(m.measure, filter.query)),
      );
  const areaName = (id: string) => model.areaOf(id)?.name ?? id;

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
      };
    });
    return { period, slides, measureIds: headlines.map((h) => h.id) };
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
    };
  });
  return { period, slides, measureIds: headlines.map((h) => h.id) };
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
