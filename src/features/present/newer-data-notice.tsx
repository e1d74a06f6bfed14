import { useNewerDataWhilePresenting } from '../../data/persist/use-data-sync';

/**
 * While presenting, figures never change under the presenter: what another tab changed (an import, a newer edition
 * of the feed) waits until the presentation ends, and this says that it exists, with a way to take it now.
 */
export function NewerDataNotice() {
  const newer = useNewerDataWhilePresenting();
  if (!newer) return null;
  return (
    <div role="status" className="mx-10 mt-3 flex items-center gap-4 rounded-lg border-2 border-blue-800 bg-blue-50 px-4 py-1.5">
      <p className="min-w-0 flex-1">
        <span className="font-semibold">Newer figures exist: </span>
        {newer.changes.join(' ')} These slides keep their figures until you leave.
      </p>
      <button type="button" className="btn shrink-0" onClick={newer.apply}>
        Show the newer figures
      </button>
    </div>
  );
}
