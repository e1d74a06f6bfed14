import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import type { ImportState } from './use-import-file';
import { ImportResultView } from './import-result';

export type ImportDialogProps = {
  open: boolean;
  state: ImportState;
  applying: boolean;
  /** Set when the data is in use but the browser refused to store it. */
  notStored: boolean;
  /** What using the file will do to the import history (an older import removed to make room), or null. */
  historyNote: string | null;
  onChooseFile: (file: File) => void;
  onUse: () => void;
  onClose: () => void;
};

/**
 * A native modal <dialog>: the browser traps focus, closes it on Esc and restores focus afterwards.
 * (jsdom has no showModal, so tests get a plain open dialog with the same Esc handling.)
 */
export function ImportDialog({ open, state, applying, notStored, historyNote, onChooseFile, onUse, onClose }: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, still counts as a change.
    event.target.value = '';
    if (file) onChooseFile(file);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg border border-slate-400 p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') onClose();
      }}
    >
      {open && (
        <div className="p-6">
          <h2 id={titleId} className="text-xl font-semibold">
            Import data
          </h2>
          <p id={hintId} className="mt-2 text-sm">
            A CSV file in the long format (one row per measure and month or year, as saved from Excel with "CSV UTF-8") or a JSON file
            in data contract v1, up to 25 MB. You can also drop a file anywhere on the page. The bundled report is never changed; imported
            files stay in this browser (the last 10, under Import history) until you delete them.
          </p>
          <div className="mt-4">
            <label htmlFor={inputId} className="block font-medium">
              Choose a CSV or JSON file
            </label>
            <input
              id={inputId}
              type="file"
              accept=".csv,.json,.txt,text/csv,application/json"
              aria-describedby={hintId}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-500 file:bg-white file:px-3 file:py-1"
              onChange={onChange}
            />
          </div>
          <div aria-live="polite">
            <ImportResultView state={state} onUse={onUse} applying={applying} historyNote={historyNote} />
            {notStored && (
              <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-3">
                The data is in use, but this browser would not store it: it will be gone when you reload the page.
              </p>
            )}
          </div>
          <div className="mt-6 flex justify-end">
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
