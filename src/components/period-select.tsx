import { useId } from 'react';
import type { PeriodGroup } from '../domain/group-periods';

export type PeriodSelectProps = { value: string; groups: PeriodGroup[]; onChange: (periodKey: string) => void };

export function PeriodSelect({ value, groups, onChange }: PeriodSelectProps) {
  const id = useId();
  const chosen = groups.flatMap((group) => group.periods).find((period) => period.key === value);
  return (
    <>
      {/* On paper the control is left out (index.css) and the chosen period is written out instead. */}
      <p className="hidden print:block">
        Period: <strong>{chosen?.label ?? value}</strong>
      </p>
      <PeriodControl id={id} value={value} groups={groups} onChange={onChange} />
    </>
  );
}

function PeriodControl({ id, value, groups, onChange }: PeriodSelectProps & { id: string }) {
  return (
    <div className="flex flex-col gap-1 print:hidden">
      <label htmlFor={id} className="text-sm font-semibold">
        Period
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="rounded-md border border-slate-500 bg-white px-3 py-2">
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.periods.map((period) => (
              <option key={period.key} value={period.key}>
                {period.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
