import { lazy, Suspense, useState } from 'react';
import type { PeriodModel } from '../../domain/dataset-model';

// The drafting code (narrative phrases and checks) is only needed by analysts who open the draft.
const ReportDraftBody = lazy(() => import('./report-draft-body').then((m) => ({ default: m.ReportDraftBody })));

export type ReportDraftProps = { periodModel: PeriodModel; areaIds: string[] };

/**
 * A machine-drafted summary of the selected period and areas, for the analyst writing the report. Drafted only when
 * asked for: it reads every measure's summary and SPC, which a large authority's overview should not pay for on
 * each keystroke (the period model keeps both once worked out).
 */
export function ReportDraft({ periodModel, areaIds }: ReportDraftProps) {
  const [open, setOpen] = useState(false);
  const { period } = periodModel;
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4" data-print="hide" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">Draft summary for {period.label} (machine-drafted, for analysts)</summary>
      {open && (
        <div className="mt-3">
          <Suspense fallback={<p className="text-sm text-slate-700">Drafting…</p>}>
            <ReportDraftBody periodModel={periodModel} areaIds={areaIds} />
          </Suspense>
        </div>
      )}
    </details>
  );
}
