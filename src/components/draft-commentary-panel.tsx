import { useId, useState } from 'react';

export type DraftCommentaryPanelProps = {
  sentences: readonly string[];
  /** What the draft is about, under the heading: "CSC 022, Q2 2023/24". */
  subject?: string;
  headingLevel?: 2 | 3;
};

/**
 * Machine-drafted commentary, kept visibly apart from the analysts' own text: its own heading, a note saying how it
 * was made, and a Copy button so an analyst can start from it. The sentences are shown as text, never as markup.
 */
export function DraftCommentaryPanel({ sentences, subject, headingLevel = 2 }: DraftCommentaryPanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const [message, setMessage] = useState('');
  const text = sentences.join(' ');

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage('Draft copied to the clipboard');
    } catch {
      // Clipboard access is refused on plain http and in some locked-down browsers.
      setMessage('Copying is not available here: select the draft text and copy it.');
    }
  }

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={headingId} className="text-lg font-semibold">
          Draft commentary
        </Heading>
        {sentences.length > 0 && (
          <button type="button" className="btn" onClick={() => void copy()}>
            Copy draft
          </button>
        )}
      </div>
      {subject && <p className="text-sm font-medium text-slate-800">{subject}</p>}
      <p className="mt-1 text-sm text-slate-700">
        Drafted automatically from the figures, not written by an analyst. Check it, and add what needs judgement, before using it.
      </p>
      {sentences.length > 0 ? (
        <p className="mt-3 leading-relaxed">{text}</p>
      ) : (
        <p className="mt-3 text-slate-700">No draft: there are no figures for this period.</p>
      )}
      <p role="status" className="mt-2 text-sm text-slate-700">
        {message}
      </p>
    </section>
  );
}
