import { Link } from '@tanstack/react-router';
import { deleteSavedPack, type SavedPack } from '../../data/persist/saved-packs';
import { formatDate } from '../../presenters/format';

export type SavedPacksListProps = { packs: SavedPack[] };

/** Packs saved in this browser: open one to change or present it, or delete it. */
export function SavedPacksList({ packs }: SavedPacksListProps) {
  if (packs.length === 0) return <p>No packs saved in this browser yet.</p>;
  return (
    <ul className="flex flex-col gap-2">
      {packs.map((pack) => (
        <li key={pack.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 p-3">
          <span>
            <span className="font-semibold">{pack.name}</span>
            <span className="block text-sm text-slate-700">
              {pack.measureIds.length} {pack.measureIds.length === 1 ? 'measure' : 'measures'} · saved {formatDate(pack.savedAt.slice(0, 10))}
            </span>
          </span>
          <span className="flex gap-2">
            <Link
              to="/present/pack"
              search={(prev) => ({ period: prev.period, data: prev.data, pack: pack.measureIds, name: pack.name })}
              className="btn no-underline"
            >
              Open<span className="sr-only"> {pack.name}</span>
            </Link>
            <button type="button" className="btn" onClick={() => deleteSavedPack(pack.id)}>
              Delete<span className="sr-only"> {pack.name}</span>
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
