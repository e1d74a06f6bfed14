import { useId, useState, type ReactNode } from 'react';
import type { OverviewView } from './build-overview-view';
import type { DashboardSearch } from '../../url/dashboard-search';
import { CopyLinkButton } from '../../components/copy-link-button';
import { PeriodSelect } from '../../components/period-select';
import { cx } from '../../lib/cx';

export type FilterBarProps = {
  view: OverviewView;
  onChange: (patch: Partial<DashboardSearch>) => void;
  /** The search text as typed, kept apart so typing makes one history entry rather than one a letter. */
  onQueryChange: (q: string | undefined) => void;
  /** Actions on what is shown (export, present), placed beside Copy link. */
  actions?: ReactNode;
};

const CLEARED: Partial<DashboardSearch> = { area: undefined, status: undefined, q: undefined };

export function FilterBar({ view, onChange, onQueryChange, actions }: FilterBarProps) {
  // The box keeps its own text so fast typing is never overwritten by a URL update still in flight.
  const [query, setQuery] = useState(view.query);
  const [urlQuery, setUrlQuery] = useState(view.query);
  if (view.query !== urlQuery) {
    // The filters were cleared from elsewhere (the empty-result button): empty the box too.
    setUrlQuery(view.query);
    if (view.query === '') setQuery('');
  }
  const searchId = useId();
  const selectedAreas = view.areas.filter((a) => a.selected).map((a) => a.id);

  function toggleArea(id: string) {
    const next = selectedAreas.includes(id) ? selectedAreas.filter((a) => a !== id) : [...selectedAreas, id];
    onChange({ area: next.length ? next : undefined });
  }

  function clearFilters() {
    setQuery('');
    onChange(CLEARED);
  }

  return (
    <section aria-label="Filters" data-print="hide" className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-semibold">
            Search measures
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="Code, title or topic, e.g. 022 or timeliness"
            onChange={(event) => {
              setQuery(event.target.value);
              onQueryChange(event.target.value.trim() ? event.target.value : undefined);
            }}
            className="rounded-md border border-slate-500 px-3 py-2"
          />
        </div>
        <PeriodSelect value={view.period.key} groups={view.periodGroups} onChange={(period) => onChange({ period })} />
        <div className="flex flex-wrap items-center gap-2">
          <CopyLinkButton />
          {actions}
          {view.hasFilters && (
            <button type="button" className="btn" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold">Service areas</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {view.areas.map((area) => (
            <button
              key={area.id}
              type="button"
              aria-pressed={area.selected}
              onClick={() => toggleArea(area.id)}
              className={cx(
                'rounded-full border px-3 py-1 text-sm',
                area.selected ? 'border-blue-800 bg-blue-800 text-white' : 'border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
              )}
            >
              {area.selected && <span aria-hidden="true">✓ </span>}
              {area.name} <span className={area.selected ? 'text-blue-100' : 'text-slate-600'}>({area.count})</span>
            </button>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
