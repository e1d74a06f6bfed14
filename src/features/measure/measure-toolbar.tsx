import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import type { MeasureView } from './build-measure-view';
import { PeriodSelect } from '../../components/period-select';
import { NEXT_KEY, PREVIOUS_KEY, useMeasureShortcuts } from './use-measure-shortcuts';

export type MeasureToolbarProps = {
  view: Pick<MeasureView, 'period' | 'periodGroups' | 'navigation'>;
  onPeriodChange: (periodKey: string) => void;
};

/** Period choice, previous / next through the overview's order, and the shortcut keys that do the same. */
export function MeasureToolbar({ view, onPeriodChange }: MeasureToolbarProps) {
  const shortcutsId = useId();
  const { previous, next, positionText } = view.navigation;
  const shortcuts = useMeasureShortcuts(previous?.id ?? null, next?.id ?? null);

  return (
    <div className="flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-300 bg-white p-4 print:border-0 print:p-0">
      <PeriodSelect value={view.period.key} groups={view.periodGroups} onChange={onPeriodChange} />

      {/* At least 16rem wide, so on a phone it takes a line of its own and the links keep their words, wrapping if need be. */}
      <nav aria-label="Previous and next measure" className="flex min-w-[16rem] flex-1 flex-col gap-1" data-print="hide">
        <p className="text-sm text-slate-700">{positionText}</p>
        <ul className="flex flex-wrap gap-2">
          <li className="min-w-0 flex-1">
            {previous ? (
              <Link to="/measure/$measureId" params={{ measureId: previous.id }} search={(prev) => prev} rel="prev" className="btn h-full w-full min-w-0">
                <span aria-hidden="true">←</span>
                <span className="min-w-0 break-words">Previous: {previous.label}</span>
              </Link>
            ) : (
              <span className="block px-3 py-1.5 text-slate-600">First measure</span>
            )}
          </li>
          <li className="min-w-0 flex-1">
            {next ? (
              <Link to="/measure/$measureId" params={{ measureId: next.id }} search={(prev) => prev} rel="next" className="btn h-full w-full min-w-0 justify-end text-right">
                <span className="min-w-0 break-words">Next: {next.label}</span>
                <span aria-hidden="true">→</span>
              </Link>
            ) : (
              <span className="block px-3 py-1.5 text-right text-slate-600">Last measure</span>
            )}
          </li>
        </ul>
      </nav>

      <div className="flex flex-col gap-1 text-sm" data-print="hide">
        <p id={`${shortcutsId}-hint`} className={shortcuts.enabled ? 'text-slate-800' : 'text-slate-600'}>
          Shortcuts: <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">{PREVIOUS_KEY}</kbd> previous,{' '}
          <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">{NEXT_KEY}</kbd> next
        </p>
        <label htmlFor={shortcutsId} className="flex items-center gap-2">
          <input id={shortcutsId} type="checkbox" checked={shortcuts.enabled} onChange={(event) => shortcuts.setEnabled(event.target.checked)} className="size-4" />
          Use keyboard shortcuts
        </label>
      </div>
    </div>
  );
}
