import { useId, useState } from 'react';
import type { PackBuilderView } from './build-pack-view';

export type PackMeasurePickerProps = {
  areas: PackBuilderView['areas'];
  onToggle: (headlineId: string, memberIds: readonly string[]) => void;
};

/** Every tile of the data, one per family, by service area: ticking one adds it at the end of the pack. */
export function PackMeasurePicker({ areas, onToggle }: PackMeasurePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = areas
    .map((area) => ({ ...area, choices: area.choices.filter((c) => needle === '' || c.heading.toLowerCase().includes(needle)) }))
    .filter((area) => area.choices.length > 0);
  return (
    <div className="flex min-h-0 flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-find`} className="text-sm font-semibold">
          Find a measure
        </label>
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="rounded-md border border-slate-500 px-3 py-2"
        />
      </div>
      <div className="flex max-h-[60vh] flex-col gap-4 overflow-auto rounded-md border border-slate-300 p-3" tabIndex={0} role="group" aria-label="Measures to choose from">
        {shown.length === 0 && <p>No measure matches “{query}”.</p>}
        {shown.map((area) => (
          <fieldset key={area.id}>
            <legend className="font-semibold">{area.name}</legend>
            <ul className="mt-1 flex flex-col gap-1">
              {area.choices.map((choice) => (
                <li key={choice.id}>
                  <label className="flex items-start gap-2 py-0.5">
                    <input type="checkbox" className="mt-1 size-4" checked={choice.inPack} onChange={() => onToggle(choice.id, choice.memberIds)} />
                    <span>{choice.heading}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
