import { ForeignFiguresBanner } from '../../components/foreign-figures-banner';
import { useForeignFeedOrigin } from '../../data/load/use-data-source';
import { MeasureSlide } from './measure-slide';
import { NewerDataNotice } from './newer-data-notice';
import type { PresentSearch } from './present-search';
import { SectionSlide } from './section-slide';
import { SlideControls } from './slide-controls';
import { useIdle } from './use-idle';
import { usePresentation } from './use-presentation';
import { useSlideKeys } from './use-slide-keys';

export type PresentPageProps = { present: PresentSearch };

export function PresentPage({ present }: PresentPageProps) {
  const { deck, slide, position, total, by, goTo, leave, toggleFullscreen } = usePresentation(present);
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
  const foreignOrigin = useForeignFeedOrigin();

  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-white text-slate-900">
      {foreignOrigin && (
        <div className="px-10 pt-4">
          <ForeignFiguresBanner origin={foreignOrigin} size="slide" />
        </div>
      )}
      <NewerDataNotice />
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
        deck={deck}
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
