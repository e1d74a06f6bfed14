import { useEffect, useId, useRef, useState } from 'react';
import { StatusBadge } from '../../components/status-badge';
import { cx } from '../../lib/cx';
import type { PackEntryView } from './build-pack-view';

export type PackOrderListProps = {
  entries: PackEntryView[];
  onMove: (from: number, to: number) => void;
  onRemove: (id: string) => void;
};

type Pending = { id: string; action: 'up' | 'down' | 'remove-next' };

/**
 * The pack's measures in meeting order. Move up / Move down buttons do by keyboard what dragging does by mouse, and
 * keep the keyboard on the measure moved (or on the next one after a removal), saying where it went.
 */
export function PackOrderList({ entries, onMove, onRemove }: PackOrderListProps) {
  const prefix = useId();
  const pending = useRef<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const buttonId = (id: string, action: string) => `${prefix}-${action}-${id}`;

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const byAction = (action: string) => document.getElementById(buttonId(target.id, action)) as HTMLButtonElement | null;
    if (target.action === 'remove-next') return void byAction('remove')?.focus();
    // At either end the button just pressed is disabled: the other one keeps the keyboard on the measure.
    const pressed = byAction(target.action);
    (pressed && !pressed.disabled ? pressed : byAction(target.action === 'up' ? 'down' : 'up'))?.focus();
  });

  if (entries.length === 0) return <p className="rounded-md border border-dashed border-slate-400 p-4">No measures yet: choose them from the list.</p>;

  const move = (position: number, to: number) => {
    const entry = entries[position];
    const target = entries[to];
    if (!entry || !target) return;
    pending.current = { id: entry.id, action: to < position ? 'up' : 'down' };
    setAnnouncement(`${entry.heading} moved to position ${to + 1} of ${entries.length}.`);
    onMove(entry.index, target.index);
  };

  return (
    <>
      <ol className="flex flex-col gap-2" aria-describedby={`${prefix}-hint`}>
        {entries.map((entry, position) => (
          <li
            key={entry.id}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', entry.id);
              setDragging(position);
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragging !== null) move(dragging, position);
              setDragging(null);
            }}
            className={cx(
              'flex cursor-grab flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-white p-3',
              dragging === position && 'opacity-50',
            )}
          >
            <span className="w-8 text-lg font-semibold tabular-nums" aria-hidden="true">
              {position + 1}.
            </span>
            <span className="min-w-48 flex-1">
              <span className="font-semibold">{entry.heading}</span>
              {entry.missing ? (
                <span className="block text-sm text-slate-700">Not in the data on screen: it will have no slide.</span>
              ) : (
                <span className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span className="tabular-nums">{entry.valueText}</span>
                  {entry.status && <StatusBadge status={entry.status} label={entry.statusLabel ?? undefined} />}
                </span>
              )}
            </span>
            <span className="flex gap-1">
              <button type="button" id={buttonId(entry.id, 'up')} className="btn" disabled={position === 0} onClick={() => move(position, position - 1)}>
                <span aria-hidden="true">↑</span> Up<span className="sr-only">: move {entry.heading} up</span>
              </button>
              <button
                type="button"
                id={buttonId(entry.id, 'down')}
                className="btn"
                disabled={position === entries.length - 1}
                onClick={() => move(position, position + 1)}
              >
                <span aria-hidden="true">↓</span> Down<span className="sr-only">: move {entry.heading} down</span>
              </button>
              <button
                type="button"
                id={buttonId(entry.id, 'remove')}
                className="btn"
                onClick={() => {
                  const next = entries[position + 1] ?? entries[position - 1];
                  if (next) pending.current = { id: next.id, action: 'remove-next' };
                  setAnnouncement(`${entry.heading} removed from the pack.`);
                  onRemove(entry.id);
                }}
              >
                Remove<span className="sr-only"> {entry.heading}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p id={`${prefix}-hint`} className="text-sm text-slate-700">
        Drag a measure to move it, or use its Up and Down buttons.
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
