import { KpiTile } from '../../components/kpi-tile';
import type { FamilyView } from './build-measure-view';

export type FamilyPanelProps = { family: FamilyView };

/** The indicator's measures side by side (monthly, year to date, rate, "of which"), this page's one marked. */
export function FamilyPanel({ family }: FamilyPanelProps) {
  return (
    <section aria-labelledby="family-heading" className="flex flex-col gap-2">
      <h2 id="family-heading" className="text-xl font-semibold print:text-base">
        {family.heading}
      </h2>
      <p className="text-sm text-slate-700">{family.headlineText}</p>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-3">
        {family.members.map((member) => (
          <li key={member.tile.id} className="flex flex-col gap-1">
            <p className="text-sm font-semibold text-slate-700">
              {member.role}
              {member.isThisMeasure && <span className="ml-2 rounded bg-slate-800 px-1.5 py-0.5 text-xs text-white">This page</span>}
            </p>
            <KpiTile tile={member.tile} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
