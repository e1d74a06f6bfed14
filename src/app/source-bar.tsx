import { useId, useState, type ReactNode } from 'react';
import type { ImportItemView, SourceView } from './build-source-view';
import { ImportHistoryPanel } from './import-history-panel';
import { ClockIcon } from '../components/clock-icon';

export type SourceBarProps = {
  view: SourceView;
  checking: boolean;
  slowNote: string | null;
  onRefresh: () => void;
  onReturnToBundled: () => void;
  onUseImport: () => void;
  onShowImport: (item: ImportItemView) => void;
  onDeleteImport: (item: ImportItemView) => void;
  /** How many imports the history keeps. */
  keepImports: number;
  /** The import entry point, composed in by the root layout. */
  importEntry: ReactNode;
};

/** Where the figures come from, when they were last checked, and the ways to change that. */
export function SourceBar(props: SourceBarProps) {
  const { view, checking, slowNote, onRefresh, onReturnToBundled, onUseImport, onShowImport, onDeleteImport, keepImports, importEntry } = props;
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyId = useId();
  return (
    <section aria-label="Data source" className="border-b border-slate-300 bg-slate-100">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
        <p className="min-w-0">
          <span className="font-semibold">Source: {view.name}</span>
          {view.address && <bdi className="ml-2 break-all font-mono text-xs text-slate-700">{view.address}</bdi>}
          {/* Its own line on a phone, so "Loading…" and "Last checked at …" take the same room whatever their length. */}
          {view.checked && (
            <span className="block text-slate-700 sm:ml-2 sm:inline">
              <span className="hidden sm:inline">· </span>
              {view.checked}
            </span>
          )}
        </p>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {view.canRefresh && (
            // Wide enough for "Checking…" too, so the buttons beside it do not shift while a check runs.
            <button type="button" className="btn min-w-[7rem] justify-center" onClick={onRefresh} disabled={checking} aria-disabled={checking}>
              {checking ? 'Checking…' : 'Refresh'}
            </button>
          )}
          {view.canReturnToBundled && (
            <button type="button" className="btn" onClick={onReturnToBundled}>
              Back to the bundled report
            </button>
          )}
          {view.inactiveImport && (
            <button type="button" className="btn" onClick={onUseImport}>
              Use imported file ({view.inactiveImport})
            </button>
          )}
          {view.hasImport && (
            <button type="button" className="btn" aria-expanded={historyOpen} aria-controls={historyId} onClick={() => setHistoryOpen((open) => !open)}>
              Import history ({view.imports.length})
            </button>
          )}
          {importEntry}
        </div>
      </div>
      {historyOpen && view.hasImport && (
        <div id={historyId}>
          <ImportHistoryPanel imports={view.imports} keep={keepImports} onShow={onShowImport} onDelete={onDeleteImport} />
        </div>
      )}
      {slowNote && (
        <p role="status" className="mx-auto max-w-[1800px] px-4 pb-2 text-sm font-medium text-amber-900">
          <ClockIcon />
          {slowNote}
        </p>
      )}
      {view.rejected && (
        <p className="mx-auto max-w-[1800px] px-4 pb-2 text-sm font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {view.rejected} Showing the {view.name.toLowerCase()} instead.
        </p>
      )}
    </section>
  );
}
