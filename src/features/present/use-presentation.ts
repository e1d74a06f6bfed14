import { useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import type { DatasetModel, PeriodModel } from '../../domain/dataset-model';
import { stringifySearchObject } from '../../url/dashboard-search';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { usePresentationStore } from '../../lib/presentation-store';
import { buildDeck, type Slide, type SlideBy, type SlideDeck } from './build-slides';
import type { PresentSearch } from './present-search';
import { sinceOf } from '../../url/pack-search';

export type Presentation = {
  deck: SlideDeck | null;
  /** The figures the deck shows, which "Since last meeting" compares. */
  periodModel: PeriodModel | null;
  slide: Slide | undefined;
  position: number;
  total: number;
  by: SlideBy;
  goTo: (slide: number, by?: SlideBy) => void;
  /** Whether the deck opens with "Since last meeting", and turning it on or off. */
  sinceShown: boolean;
  toggleSince: () => void;
  leave: () => void;
  toggleFullscreen: () => void;
};

/**
 * The slides for the overview's filters, the slide in the URL, and the moves between them; the page lays them out.
 * `model` is the presentation's frozen figures (use-frozen-figures.ts), not the latest ones.
 */
export function usePresentation(present: PresentSearch, model: DatasetModel): Presentation {
  const search = useDashboardSearch();
  const periodModel = model.forPeriod(search.period);
  const navigate = useNavigate();
  const router = useRouter();
  const returnTo = usePresentationStore((s) => s.returnTo);
  const presentationLeft = usePresentationStore((s) => s.presentationLeft);
  const by: SlideBy = present.by ?? 'measure';
  // Built once per filter, not per slide: the search also carries slide, by and at, which change on every key.
  const { area, status, q } = search;
  const { pack, name } = present;
  const since = sinceOf(present);
  const packKey = pack?.join(',');
  const deck = useMemo(() => {
    if (!periodModel) return null;
    return buildDeck(periodModel, { area, status, q }, by, packKey?.split(','), since !== null);
  }, [periodModel, area, status, q, by, packKey, since]);
  const total = deck?.slides.length ?? 0;

  // "Present" on a measure page links with ?at=<measure>: turn it into that measure's slide number once.
  const startIndex = present.at && deck ? deck.slides.findIndex((s) => s.kind === 'measure' && s.memberIds.includes(present.at ?? '')) : -1;
  const position = Math.min(Math.max(startIndex >= 0 ? startIndex + 1 : (present.slide ?? 1), 1), Math.max(total, 1));

  const goTo = (slide: number, nextBy: SlideBy = by) =>
    void navigate({
      to: '/present',
      search: (prev) => ({ ...prev, at: undefined, slide: Math.min(Math.max(slide, 1), Math.max(total, 1)), by: nextBy === 'section' ? 'section' : undefined }),
      replace: true,
    });

  useEffect(() => {
    if (present.at) goTo(position);
    // Only when a start measure is given; goTo is recreated every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [present.at]);

  // Slides replace each other in the history, and so does this setting of the deck.
  const toggleSince = () =>
    void navigate({
      to: '/present',
      search: (prev) => ({ ...prev, at: undefined, slide: 1, since: since ? 'off' : pack ? undefined : 'previous' }),
      replace: true,
    });

  function leave() {
    if (document.fullscreenElement) void document.exitFullscreen();
    presentationLeft();
    // Started from a screen of this app: step back to it, so the history holds it once, not twice, and Forward
    // returns to the slides. (Slides replace each other in the history and the filters cannot change here.)
    if (returnTo !== null && router.history.canGoBack()) {
      router.history.back();
      return;
    }
    // Opened from a link or reloaded: go to the starting screen, or the overview, with the presentation's filters.
    // A pack's link goes back to its builder, with the pack.
    const back = pack
      ? `/present/pack${stringifySearchObject({ period: search.period, data: search.data, pack, name, since: present.since })}`
      : `${returnTo ?? '/'}${stringifySearchObject({ area, period: search.period, status, q, data: search.data })}`;
    void navigate({ href: back, replace: true });
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  return { deck, periodModel, slide: deck?.slides[position - 1], position, total, by, goTo, sinceShown: since !== null, toggleSince, leave, toggleFullscreen };
}
