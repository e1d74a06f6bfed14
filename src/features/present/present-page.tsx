import { useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { useDataset } from '../../data/load/use-dataset';
import { useDashboardSearch } from '../../url/use-dashboard-search';
import { stringifySearchObject } from '../../url/dashboard-search';
import { usePresentationStore } from '../../lib/presentation-store';
import { buildSlides, type SlideBy } from './build-slides';
import type { PresentSearch } from './present-search';
import { MeasureSlide } from './measure-slide';
import { SectionSlide } from './section-slide';
import { SlideControls } from './slide-controls';
import { useSlideKeys } from './use-slide-keys';
import { useIdle } from './use-idle';

export type PresentPageProps = { present: PresentSearch };

export function PresentPage({ present }: PresentPageProps) {
  const dataset = useDataset();
  const search = useDashboardSearch();
  const navigate = useNavigate();
  const router = useRouter();
  const returnTo = usePresentationStore((s) => s.returnTo);
  const presentationLeft = usePresentationStore((s) => s.presentationLeft);
  const by: SlideBy = present.by ?? 'measure';
  // Built once per filter, not per slide: the search also carries slide, by and at, which change on every key.
  const { area, status, q, period } = search;
  const filterKey = JSON.stringify([area, status, q, period]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filterKey stands for area, status, q and period
  const deck = useMemo(() => buildSlides(dataset, { area, status, q, period }, by), [dataset, filterKey, by]);
  const total = deck?.slides.length ?? 0;

  // "Present" on a measure page links with ?at=<measure>: turn it into that measure's slide number once.
  const startIndex = present.at && deck ? deck.slides.findIndex((s) => s.kind === 'measure' && s.measureId === present.at) : -1;
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
    void navigate({ href: `${returnTo ?? '/'}${stringifySearchObject({ area, period, status, q, data: search.data })}`, replace: true });
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  const digits = useSlideKeys({
    next: () => goTo(position + 1),
    previous: () => goTo(position - 1),
    first: () => goTo(1),
    last: () => goTo(total),
    goTo: (n) => goTo(n),
    leave,
    toggleFullscreen,
  });
  const idle = useIdle();

  const slide = deck?.slides[position - 1];
  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-white text-slate-900">
      {/* Focusable so a keyboard user can scroll a slide taller than a small screen. */}
      <div role="region" aria-label={`Slide ${position} of ${total}`} tabIndex={0} className="min-h-0 flex-1 overflow-auto px-10 py-8">
        {!deck || !slide ? (
          <div>
            <h1 className="text-4xl font-bold">Nothing to present</h1>
            <p className="mt-4 text-2xl">No measures match the overview's filters. Press Esc to go back and change them.</p>
          </div>
        ) : slide.kind === 'measure' ? (
          <MeasureSlide key={slide.key} slide={slide} periodLabel={deck.period.label} />
        ) : (
          <SectionSlide key={slide.key} slide={slide} periodLabel={deck.period.label} />
        )}
      </div>
      <SlideControls
        position={position}
        total={total}
        by={by}
        digits={digits}
        hidden={idle}
        onPrevious={() => goTo(position - 1)}
        onNext={() => goTo(position + 1)}
        onBy={(next) => goTo(1, next)}
        onFullscreen={toggleFullscreen}
        onLeave={leave}
      />
    </div>
  );
}
