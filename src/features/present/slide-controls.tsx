import { cx } from '../../lib/cx';
import type { SlideBy, SlideDeck } from './build-slides';
import { PowerPointButton } from './powerpoint-button';

export type SlideControlsProps = {
  position: number;
  total: number;
  by: SlideBy;
  /** The slides, for the PowerPoint download. */
  deck: SlideDeck | null;
  digits: string;
  hidden: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onBy: (by: SlideBy) => void;
  /** The opening "Since last meeting" slide, on or off. */
  since?: { shown: boolean; onToggle: () => void };
  onFullscreen: () => void;
  notesOpen: boolean;
  onNotes: () => void;
  onPresenterView: () => void;
  onLeave: () => void;
};

/**
 * Fades out while the presenter is idle so the slide has the screen, and comes back on any movement, key or focus,
 * so a keyboard user never tabs onto an invisible button.
 */
export function SlideControls(props: SlideControlsProps) {
  const { position, total, by, digits, hidden } = props;
  return (
    <nav
      aria-label="Presentation controls"
      className={cx(
        'flex flex-wrap items-center justify-between gap-3 border-t border-slate-300 bg-white px-6 py-3 focus-within:opacity-100',
        // Transparent at once, not faded: a half-faded bar is unreadable text. Still there for the keyboard (focus
        // shows it) and for screen readers, which hear its progress messages.
        hidden && 'opacity-0',
      )}
    >
      <div className="flex items-center gap-2">
        <button type="button" className="btn" onClick={props.onPrevious} disabled={position <= 1}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="min-w-24 text-center text-xl font-semibold tabular-nums" aria-live="polite">
          <span className="sr-only">Slide </span>
          {position} / {total}
        </p>
        <button type="button" className="btn" onClick={props.onNext} disabled={position >= total}>
          Next <span aria-hidden="true">→</span>
        </button>
        {digits && <p className="text-lg">Go to slide {digits}… (Enter)</p>}
      </div>
      <div className="flex items-center gap-2" role="group" aria-label="One slide per">
        <span className="text-sm font-semibold">One slide per</span>
        {(['measure', 'section'] as const).map((option) => (
          <button key={option} type="button" className="btn" aria-pressed={by === option} onClick={() => props.onBy(option)}>
            {option === 'measure' ? 'Measure' : 'Section'}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-2">
        {props.since && (
          <button type="button" className="btn" aria-pressed={props.since.shown} onClick={props.since.onToggle}>
            Since last meeting
          </button>
        )}
        <p className="hidden text-sm text-slate-700 2xl:block">Keys: ← → Space, Home/End, number + Enter, N notes, P presenter view, F full screen, Esc leave</p>
        <button type="button" className="btn" aria-pressed={props.notesOpen} onClick={props.onNotes} aria-keyshortcuts="N">
          Notes
        </button>
        <button type="button" className="btn" onClick={props.onPresenterView} aria-keyshortcuts="P">
          Presenter view
        </button>
        <PowerPointButton deck={props.deck} by={by} />
        <button type="button" className="btn" onClick={props.onFullscreen}>
          Full screen
        </button>
        <button type="button" className="btn" onClick={props.onLeave}>
          Leave <span className="sr-only">presentation</span>(Esc)
        </button>
      </div>
    </nav>
  );
}
