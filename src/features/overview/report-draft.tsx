import { lazy, Suspense, useState } from 'react';
import type { Dataset } from '../../domain/indicators';
import type { Period } from '../../domain/period';

// The drafting code (narrative phrases and checks) is only needed by analysts who open the draft.
const ReportDraftBody = lazy(() => import('./report-draft-body').then((m) => ({ default: m.ReportDraftBody })));

export type ReportDraftProps = { dataset: Dataset; period: Period; areaIds: string[] };

/**
 * A machine-drafted summary of the selected period and areas, for the analyst writing the report. Drafted only when
 * asked for: it reads every measure, which a large authority's overview should not pay for on each keystroke.
 */
export function ReportDraft({ dataset, period, areaIds }: ReportDraftProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4" data-print="hide" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">Draft summary for {period.label} (machine-drafted, for analysts)</summary>
      {open && (
        <div className="mt-3">
          <Suspense fallback={<p className="text-sm text-slate-700">Drafting…</p>}>
            <ReportDraftBody dataset={dataset} period={period} areaIds={areaIds} />
          </Suspense>
        </div>
      )}
    </details>
  );
}
