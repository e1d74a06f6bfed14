import { useId } from 'react';
import type { ImportState } from './use-import-file';
import { buildImportSummary } from './build-import-summary';

export type ImportResultViewProps = { state: ImportState; onUse: () => void; applying: boolean; historyNote?: string | null };

const PHASES = { reading: 'Reading', parsing: 'Reading rows of', checking: 'Checking' } as const;

/** Progress, then either what the file holds with "Use this data", or every problem in it. */
export function ImportResultView({ state, onUse, applying, historyNote = null }: ImportResultViewProps) {
  const problemsId = useId();
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    const percent = Math.round(state.progress.fraction * 100);
    return (
      <div className="mt-4">
        <p>
          {PHASES[state.progress.phase]} {state.fileName}… {percent}%
        </p>
        <progress className="mt-2 w-full" max={100} value={percent} aria-label={`Import progress for ${state.fileName}`} />
      </div>
    );
  }
  if (state.status === 'crashed')
    return (
      <p className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3">
        The import of {state.fileName} stopped: {state.message}. Nothing you had before has changed.
      </p>
    );

  const { result } = state;
  if (!result.ok) {
    return (
      <section aria-labelledby={problemsId} className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3">
        <h3 id={problemsId} className="font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {result.fileName} was not loaded
        </h3>
        <p className="mt-1">{result.message}</p>
        <p className="mt-1">Nothing you had before has changed.</p>
        {result.issues.length > 0 && (
          <ul aria-label={`Problems in ${result.fileName}`} tabIndex={0} className="mt-2 max-h-72 list-disc space-y-1 overflow-auto pl-6 font-mono text-sm">
            {result.issues.map((issue, i) => (
              <li key={i}>
                <span className="font-semibold">{issue.path}</span>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  return (
    <div className="mt-4 rounded border-2 border-green-800 bg-green-50 p-3">
      <p>{buildImportSummary(result.fileName, result.dataset)}</p>
      {result.warnings.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {result.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {historyNote && (
        <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-2 text-sm">
          <span aria-hidden="true">⚠ </span>
          {historyNote}
        </p>
      )}
      <button type="button" className="btn mt-3 border-green-900 bg-green-800 text-white hover:bg-green-900" onClick={onUse} disabled={applying}>
        {applying ? 'Saving…' : 'Use this data'}
      </button>
    </div>
  );
}
