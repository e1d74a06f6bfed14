import { useMemo, useState } from 'react';
import type { Dataset } from '../../domain/indicators';
import { useDataset } from '../../data/load/use-dataset-model';
import { checkDataQuality } from '../../checks/check-data-quality';
import { buildDataChecksView, type KindFilter } from './build-data-checks-view';
import { FindingsList } from './findings-list';

export type DataChecksPageProps = { kind: KindFilter; onKindChange: (kind: KindFilter) => void };

/** The route's screen: the loaded dataset's checks, with the chosen kind in the URL. */
export function DataChecksPage({ kind, onKindChange }: DataChecksPageProps) {
  return (
    <div className="mx-auto max-w-[1800px] p-4">
      <DataChecks dataset={useDataset()} kind={kind} onKindChange={onKindChange} />
    </div>
  );
}

export type DataChecksProps = {
  dataset: Dataset;
  /** Controlled filter, for keeping it in the URL; without it the screen keeps its own. */
  kind?: KindFilter;
  onKindChange?: (kind: KindFilter) => void;
};

/**
 * For analysts before the report goes to committee: every data-quality and consistency finding, counted, grouped by
 * measure, each naming its kind, the period and the figures, with a link to the measure at that period.
 */
export function DataChecks({ dataset, kind, onKindChange }: DataChecksProps) {
  const [ownKind, setOwnKind] = useState<KindFilter>('all');
  const filter = kind ?? ownKind;
  const findings = useMemo(() => checkDataQuality(dataset), [dataset]);
  const view = useMemo(() => buildDataChecksView(dataset, findings, filter), [dataset, findings, filter]);
  const choose = (next: KindFilter) => (onKindChange ? onKindChange(next) : setOwnKind(next));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Data checks</h1>
        <p className="text-slate-700">
          {dataset.authority.name}: {dataset.title}. Figures that disagree with each other or with the narrative, to fix or explain before the
          report goes to committee.
        </p>
        <p role="status" className="font-medium">
          {view.warningCount} {view.warningCount === 1 ? 'warning' : 'warnings'}, {view.infoCount} for information
        </p>
      </header>
      {view.kinds.length > 0 && (
        <label className="flex flex-wrap items-center gap-2">
          <span className="font-medium">Show</span>
          <select className="max-w-full rounded border border-slate-400 px-2 py-1" value={filter} onChange={(e) => choose(e.target.value as KindFilter)}>
            <option value="all">All checks</option>
            {view.kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label} ({k.count})
              </option>
            ))}
          </select>
        </label>
      )}
      {view.groups.length === 0 ? (
        <p>No findings: the figures agree with each other and with the narrative.</p>
      ) : (
        view.groups.map((group) => <FindingsList key={group.key} group={group} />)
      )}
    </div>
  );
}
