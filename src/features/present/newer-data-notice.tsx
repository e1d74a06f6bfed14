export type NewerDataNoticeProps = {
  /** What the newer figures bring, in words; nothing is shown when null. */
  newer: string[] | null;
  onUpdate: () => void;
};

/**
 * While presenting, figures never change under the presenter: a feed check that brings new figures, or another tab's
 * import, waits until the presenter asks for it (U, or the button), and this says that it exists.
 */
export function NewerDataNotice({ newer, onUpdate }: NewerDataNoticeProps) {
  if (!newer) return null;
  return (
    <div role="status" className="mx-10 mt-3 flex items-center gap-4 rounded-lg border-2 border-blue-800 bg-blue-50 px-4 py-1.5">
      <p className="min-w-0 flex-1">
        <span className="font-semibold">Newer figures available: </span>
        {newer.join(' ')} These slides keep their figures until you update them.
      </p>
      <button type="button" className="btn shrink-0" onClick={onUpdate} aria-keyshortcuts="U">
        Update figures (U)
      </button>
    </div>
  );
}
