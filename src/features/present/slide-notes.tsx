import type { NoteSection } from './build-slides';

export type SlideNotesPanelProps = { notes: NoteSection[]; onClose: () => void };

/**
 * The slide's speaker notes over the right of the slide: the full definition, analysis and drafted commentary,
 * for a presenter with one screen. Scrolls on its own, and N or the button closes it.
 */
export function SlideNotesPanel({ notes, onClose }: SlideNotesPanelProps) {
  return (
    <aside
      aria-labelledby="slide-notes-heading"
      className="absolute inset-y-0 right-0 z-10 flex w-[min(44rem,45%)] flex-col border-l-2 border-slate-400 bg-white shadow-xl"
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-300 px-6 py-3">
        <h2 id="slide-notes-heading" className="slide-text-32 font-bold">
          Notes
        </h2>
        <button type="button" className="btn" onClick={onClose}>
          Close notes (N)
        </button>
      </div>
      {/* Focusable so the notes scroll from the keyboard. */}
      <div tabIndex={0} role="region" aria-label="Notes text" className="min-h-0 flex-1 overflow-auto px-6 py-4">
        {notes.map((note) => (
          <section key={note.heading} className="mb-[1em] slide-text-24 leading-snug">
            <h3 className="font-semibold">{note.heading}</h3>
            {note.paragraphs.map((paragraph, i) => (
              <p key={i} className="mt-[0.4em]">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
      </div>
    </aside>
  );
}

export type SlideNotesProps = { notes: NoteSection[] };

/** The slide's speaker notes in full in the presenter view, at the presenter's reading size rather than the room's. */
export function SlideNotes({ notes }: SlideNotesProps) {
  if (notes.length === 0) return <p className="text-lg text-slate-700">This slide has no notes.</p>;
  return (
    <div className="space-y-5">
      {notes.map((note) => (
        <section key={note.heading}>
          <h3 className="text-base font-semibold tracking-wide text-slate-700 uppercase">{note.heading}</h3>
          {note.paragraphs.map((paragraph, i) => (
            <p key={i} className="mt-2 text-lg leading-relaxed">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
