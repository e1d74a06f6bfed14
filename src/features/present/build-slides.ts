import type { PeriodModel } from '../../domain/dataset-model';
import type { TextBlock } from '../../domain/indicators';
import { buildMonthlyFigureView, type MonthlyFigureView } from '../../presenters/build-figure-views';
import { buildFamilyTileView, type KpiTileView } from '../../presenters/build-tile-view';
import { selectHeadlines } from '../../domain/select-headlines';
import { resolvePackHeadlines } from '../../domain/packs';
import type { FamilyHeadline } from '../../domain/family-headline';
import type { Period } from '../../domain/period';
import { measureHeading } from '../../presenters/labels';
import { filterFromSearch, type DashboardSearch } from '../../url/dashboard-search';
import { buildSlideNotes, flattenBlocks, type NoteSection } from './build-slide-notes';
import { describeChartSource, type ChartSourceView } from '../../presenters/describe-chart-source';

export type { NoteSection } from './build-slide-notes';

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
  /** Analysis points in the notes but not on the slide. */
  hiddenPoints: number;
  /** "2 more points in the notes", or that a point shown is cut short; null when the slide shows the whole analysis. */
  more: string | null;
  /** Everything the presenter may want to say: the full definition and analysis, drafted commentary (notes, presenter view). */
  notes: NoteSection[];
};

export type SectionSlide = {
  kind: 'section';
  key: string;
  heading: string;
  context: string;
  tiles: KpiTileView[];
  points: string[];
  hiddenPoints: number;
  more: string | null;
  notes: NoteSection[];
};

/** The opening "Since last meeting" slide: what changed in these measures (it works out the comparison itself). */
export type SinceSlide = { kind: 'since'; key: 'since-last-meeting'; heading: string; measureIds: string[]; notes: NoteSection[] };

export type Slide = MeasureSlide | SectionSlide | SinceSlide;

/** `measureIds`: the measures on the slides, one per family, in slide order (what "Since last meeting" compares). */
/** `source`: the "data as at" and source lines an exported chart carries. */
export type SlideDeck = { period: Period; slides: Slide[]; measureIds: string[]; source: ChartSourceView };

/**
 * A slide has room for a few points read from across a room, not the whole commentary: at most this many, and no
 * more text than this (the first point always shows). The rest is in the notes, and the slide says so.
 */
export type PointBudget = { points: number; characters: number };
const MEASURE_BUDGET: PointBudget = { points: 2, characters: 440 };
// A section slide gives most of its room to its measures' small charts.
const SECTION_BUDGET: PointBudget = { points: 2, characters: 360 };
const MAX_POINT_LENGTH = 340;

/**
 * The overview's filtered measures, in the overview's order, as one slide each, or grouped into one slide per
 * report section (in the order the sections' first measures appear). A pack's measures replace the filters, in the
 * pack's order.
 */
export function buildSlides(periodModel: PeriodModel, search: DashboardSearch, by: SlideBy, pack?: readonly string[]): SlideDeck {
  const { period, model } = periodModel;
  const filter = filterFromSearch(search);
  // As the overview: one slide per family, kept when the search finds any member, best match first while searching.
  // A pack is its own choice and order of measures.
  const headlines = pack ? resolvePackHeadlines(periodModel, pack) : selectHeadlines(periodModel.headlines, filter, model.dataset).map((s) => s.headline);
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
        chart: buildMonthlyFigureView(measure, period, { target: summary.target, benchmark: summary.benchmark ?? null, events: model.dataset.events }),
        ...pickPoints(section?.analysis ?? [], MEASURE_BUDGET),
        notes: buildSlideNotes(section, [headline], periodModel),
      };
    });
    return { period, slides, measureIds: headlines.map((h) => h.id), source };
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
      ...pickPoints(section?.analysis ?? [], SECTION_BUDGET),
      notes: buildSlideNotes(section, items, periodModel),
    };
  });
  return { period, slides, measureIds: headlines.map((h) => h.id), source };
}

export type SlidePointsView = { points: string[]; hiddenPoints: number; more: string | null };

/**
 * The first points of the analysis that fit the budget: list items as they are, long paragraphs cut at a sentence
 * end. Never silent: how many points are left for the notes, or that a point is cut short, comes with them.
 */
export function pickPoints(blocks: readonly TextBlock[], budget: PointBudget = MEASURE_BUDGET): SlidePointsView {
  const all = flattenBlocks(blocks).map((text) => text.replace(/^• /, ''));
  const points: string[] = [];
  let used = 0;
  for (const text of all) {
    const point = shorten(text);
    if (points.length === budget.points || (points.length > 0 && used + point.length > budget.characters)) break;
    points.push(point);
    used += point.length;
  }
  const hiddenPoints = all.length - points.length;
  const cut = points.some((point, i) => point !== all[i]);
  const more =
    hiddenPoints > 0
      ? `${hiddenPoints} more ${hiddenPoints === 1 ? 'point' : 'points'} in the notes${cut ? ', and the full text of those cut short' : ''}`
      : cut
        ? 'The full text is in the notes'
        : null;
  return { points, hiddenPoints, more };
}
function shorten(text: string): string {
  if (text.length <= MAX_POINT_LENGTH) return text;
  const cut = text.slice(0, MAX_POINT_LENGTH);
  const sentenceEnd = cut.lastIndexOf('. ');
  return sentenceEnd > 80 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The slides, opened by "Since last meeting" when asked for: one deck for the slides window and the presenter view. */
export function buildDeck(periodModel: PeriodModel, search: DashboardSearch, by: SlideBy, pack: readonly string[] | undefined, since: boolean): SlideDeck {
  const built = buildSlides(periodModel, search, by, pack);
  if (!since || built.slides.length === 0) return built;
  const opening: SinceSlide = {
    kind: 'since',
    key: 'since-last-meeting',
    heading: 'Since last meeting',
    measureIds: built.measureIds,
    notes: [
      {
        heading: 'Since last meeting',
        paragraphs: ["The exceptions among this pack's measures: status changes, new SPC signals and the biggest movers. Each measure follows on its own slide."],
      },
    ],
  };
  return { ...built, slides: [opening, ...built.slides] };
}
