import type { NoteSection } from './build-slides';

export type SlideNotesProps = { notes: NoteSection[] };

/** The slide's speaker notes in full, for the presenter's eyes only: everything the slide had no room for. */
export function SlideNotes({ notes }: SlideNotesProps) {
  if (notes.length === 0) return <p className="text-xl text-slate-700">This slide has no notes.</p>;
  return (
    <div className="space-y-5">
      {notes.map((note) => (
        <section key={note.heading}>
          <h3 className="text-lg font-semibold tracking-wide text-slate-700 uppercase">{note.heading}</h3>
          {note.paragraphs.map((paragraph, i) => (
            <p key={i} className="mt-2 text-xl leading-relaxed">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
