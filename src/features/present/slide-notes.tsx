import type { NoteSection } from './build-slides';

export type SlideNotesProps = { notes: NoteSection[] };

/** The slide's speaker notes in full, for the presenter's eyes only: everything the slide had no room for. */
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
