import { Link, useRouter } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { savePack, useSavedPacks } from '../../data/persist/saved-packs';
import { usePresentationStore } from '../../lib/presentation-store';
import type { PackSearch } from '../../url/pack-search';
import { CompareWithField } from './compare-with-field';
import { PackMeasurePicker } from './pack-measure-picker';
import { PackOrderList } from './pack-order-list';
import { PowerPointButton } from './powerpoint-button';
import { SavedPacksList } from './saved-packs-list';
import { usePackBuilder } from './use-pack-builder';

export type PackPageProps = { search: PackSearch };

/** The pack builder: this week's measures in the meeting's order, named, saved, and a link to present them. */
export function PackPage({ search }: PackPageProps) {
  const id = useId();
  const builder = usePackBuilder(search);
  const savedPacks = useSavedPacks();
  const router = useRouter();
  const presentationStarted = usePresentationStore((s) => s.presentationStarted);
  const [message, setMessage] = useState('');
  const { view } = builder;
  const presentHref = router.buildLocation({ to: '/present', search: builder.presentSearch }).href;
  const agendaLink = typeof window === 'undefined' ? presentHref : new URL(presentHref, window.location.origin).href;

  function save(event: FormEvent) {
    event.preventDefault();
    if (builder.pack.length === 0) return setMessage('Choose at least one measure to save the pack.');
    if (!builder.name.trim()) return setMessage('Name the pack to save it.');
    savePack(builder.name.trim(), builder.pack);
    setMessage(`Saved “${builder.name.trim()}” in this browser.`);
  }

  return (
    <div className="mx-auto flex max-w-[1800px] flex-col gap-6 p-4">
      <div>
        <h1 className="text-2xl font-semibold">Build a meeting pack</h1>
        <p className="text-slate-700">
          Choose the measures for this week’s meeting and their order{view ? `, with figures for ${view.periodLabel}` : ''}. The pack is in this page’s
          address, so its link can go in the agenda.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_3fr]">
        <section aria-labelledby={`${id}-choose`} className="flex flex-col gap-2">
          <h2 id={`${id}-choose`} className="text-xl font-semibold">
            Choose measures
          </h2>
          {view && <PackMeasurePicker areas={view.areas} onToggle={builder.toggle} />}
        </section>
        <form aria-labelledby={`${id}-pack`} className="flex flex-col gap-4" onSubmit={save}>
          <h2 id={`${id}-pack`} className="text-xl font-semibold">
            The pack, in meeting order
          </h2>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-name`} className="text-sm font-semibold">
              Pack name
            </label>
            <input
              id={`${id}-name`}
              value={builder.name}
              maxLength={80}
              placeholder="WRM 12 October"
              onChange={(event) => builder.rename(event.target.value)}
              className="rounded-md border border-slate-500 px-3 py-2"
            />
          </div>
          {view && <PackOrderList entries={view.entries} onMove={builder.move} onRemove={builder.remove} />}
          <CompareWithField since={builder.since} previousLabel={view?.previousLabel ?? 'The period before'} onChange={builder.chooseSince} />
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Pack actions">
            <button type="submit" className="btn">
              Save pack
            </button>
            {builder.pack.length > 0 && (
              <Link to="/present" search={builder.presentSearch} onClick={() => presentationStarted('/present/pack')} className="btn no-underline">
                Present this pack
              </Link>
            )}
            {builder.pack.length > 0 && <PowerPointButton deck={builder.deck} by="measure" />}
          </div>
          <p role="status">{message}</p>
          {builder.pack.length > 0 && (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-link`} className="text-sm font-semibold">
                Link to present this pack (for the agenda)
              </label>
              <input id={`${id}-link`} readOnly value={agendaLink} onFocus={(event) => event.target.select()} className="rounded-md border border-slate-500 px-3 py-2 font-mono text-sm" />
            </div>
          )}
        </form>
      </div>
      <section aria-labelledby={`${id}-saved`} className="flex flex-col gap-2">
        <h2 id={`${id}-saved`} className="text-xl font-semibold">
          Saved packs
        </h2>
        <SavedPacksList packs={savedPacks} />
      </section>
    </div>
  );
}
