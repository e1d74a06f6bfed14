import { useState } from 'react';
import type { Dataset } from '../../data/indicator-schema';
import { draftReportSummary } from '../../domain/draft-commentary';
import type { Period } from '../../domain/period';
import { DraftCommentaryPanel } from '../../components/draft-commentary-panel';

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
          <DraftCommentaryPanel sentences={draftReportSummary(dataset, period, areaIds)} subject={period.label} />
        </div>
      )}
    </details>
  );
}
