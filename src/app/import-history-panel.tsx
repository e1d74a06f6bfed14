import { useId, useState } from 'react';
import type { ImportItemView } from './build-source-view';

export type ImportHistoryPanelProps = {
  imports: ImportItemView[];
  keep: number;
  onShow: (item: ImportItemView) => void;
  onDelete: (item: ImportItemView) => void;
};

/**
 * The files imported in this browser: which is on screen, the others to switch to, and deletion, asked once more
 * so a slip of the finger never loses a file. What the retention rule will do is said up front.
 */
export function ImportHistoryPanel({ imports, keep, onShow, onDelete }: ImportHistoryPanelProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section aria-labelledby={headingId} className="mx-auto max-w-[1800px] px-4 pb-3">
      <h2 id={headingId} className="font-semibold">
        Imported files in this browser
      </h2>
      <p className="text-sm text-slate-700">
        The last {keep} imports are kept. Importing more removes the oldest, and you are told which.
      </p>
      {imports.length === 0 ? (
        <p className="mt-2 text-sm">No files have been imported in this browser.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-300 rounded border border-slate-300 bg-white">
          {imports.map((item) => (
            <li key={item.versionId} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 text-sm">
              <div className="min-w-0 flex-1">
                <p>
                  <bdi className="font-semibold break-all">{item.fileName}</bdi>, {item.imported}
                  {item.showing && <span className="ml-2 rounded bg-blue-100 px-2 py-0.5 font-semibold text-blue-900">On screen</span>}
                </p>
                <p className="text-slate-700">{item.summary}</p>
              </div>
              {confirming === item.versionId ? (
                <div role="group" aria-label={`Delete ${item.fileName}?`} className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">Delete it from this browser?</span>
                  <button type="button" className="btn border-red-800 text-red-800" onClick={() => onDelete(item)}>
                    Yes, delete
                  </button>
                  <button type="button" className="btn" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <div className="flex flex-wrap gap-2">
                  {!item.showing && (
                    <button type="button" className="btn" aria-label={`Show ${item.fileName}`} onClick={() => onShow(item)}>
                      Show
                    </button>
                  )}
                  <button type="button" className="btn" aria-label={`Delete ${item.fileName}`} onClick={() => setConfirming(item.versionId)}>
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
