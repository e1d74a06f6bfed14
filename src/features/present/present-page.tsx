import { useState } from 'react';
import { ForeignFiguresBanner } from '../../components/foreign-figures-banner';
import { useForeignFeedOrigin } from '../../data/load/use-data-source';
import { MeasureSlide } from './measure-slide';
import { NewerDataNotice } from './newer-data-notice';
import type { PresentSearch } from './present-search';
import { SectionSlide } from './section-slide';
import { SinceLastMeetingSlide } from './since-last-meeting-slide';
import { sinceOf } from '../../url/pack-search';
import { SlideControls } from './slide-controls';
import { SlideNotesPanel } from './slide-notes';
import { cx } from '../../lib/cx';
import { useIdle } from './use-idle';
import { usePresentation } from './use-presentation';
import { useSlideKeys } from './use-slide-keys';
import { useFrozenFigures } from './use-frozen-figures';
import { usePresenterLink } from './use-presenter-link';

export type PresentPageProps = { present: PresentSearch };

export function PresentPage({ present }: PresentPageProps) {
  const frozen = useFrozenFigures();
  const { deck, periodModel, slide, position, total, by, goTo, sinceShown, toggleSince, leave, toggleFullscreen } = usePresentation(present, frozen.model);
  const since = sinceOf(present);
  // The presenter's own aid on one screen: stays open from slide to slide until closed.
  const [notesOpen, setNotesOpen] = useState(false);
  const toggleNotes = () => setNotesOpen((open) => !open);
  const moves = {
    next: () => goTo(position + 1),
    previous: () => goTo(position - 1),
    first: () => goTo(1),
    last: () => goTo(total),
  };
  const { openPresenterView } = usePresenterLink({
    position,
    by,
    dataset: frozen.model.dataset,
    newer: frozen.newer,
    onCommand: (command) => moves[command](),
    onGo: goTo,
    onUpdateFigures: frozen.update,
    onLeave: leave,
  });
  const digits = useSlideKeys({
    ...moves,
    goTo: (n) => goTo(n),
    leave,
    toggleFullscreen,
    toggleNotes,
    openPresenterView,
    updateFigures: frozen.update,
  });
  const idle = useIdle();
  const foreignOrigin = useForeignFeedOrigin();

  return (
    // slide-room sizes everything on the slide from the window; the pointer hides with the controls.
    <div className={cx('fixed inset-0 z-40 flex flex-col bg-white text-slate-900 slide-room', idle && 'cursor-none')}>
      {foreignOrigin && (
        <div className="px-10 pt-4">
          <ForeignFiguresBanner origin={foreignOrigin} size="slide" />
        </div>
      )}
      <NewerDataNotice newer={frozen.newer} onUpdate={frozen.update} />
      <div className="relative min-h-0 flex-1">
      {/* Focusable so a keyboard user can scroll a slide taller than its window. The control bar has its own row
          below, so no slide text is ever under it. */}
      <div role="region" aria-label={`Slide ${position} of ${total}`} tabIndex={0} className="h-full overflow-auto slide-px-48 slide-py-32">
        {!deck || !slide ? (
          <div>
            <h1 className="slide-text-48 font-bold">Nothing to present</h1>
            <p className="slide-mt-16 slide-text-32">No measures match the overview's filters. Press Esc to go back and change them.</p>
          </div>
        ) : slide.kind === 'since' ? (
          since && periodModel && <SinceLastMeetingSlide key={slide.key} slide={slide} periodModel={periodModel} choice={since} />
        ) : slide.kind === 'measure' ? (
          <MeasureSlide key={slide.key} slide={slide} periodLabel={deck.period.label} idle={idle} />
        ) : (
          <SectionSlide key={slide.key} slide={slide} periodLabel={deck.period.label} />
        )}
      </div>
      {notesOpen && slide && <SlideNotesPanel notes={slide.notes} onClose={() => setNotesOpen(false)} />}
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
        since={{ shown: sinceShown, onToggle: toggleSince }}
        onFullscreen={toggleFullscreen}
        notesOpen={notesOpen}
        onNotes={toggleNotes}
        onPresenterView={openPresenterView}
        onLeave={leave}
      />
    </div>
  );
}
