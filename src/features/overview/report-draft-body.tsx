import { useMemo } from 'react';
import type { Dataset } from '../../domain/indicators';
import { draftReportSummary } from '../../domain/draft-commentary';
import type { Period } from '../../domain/period';
import { DraftCommentaryPanel } from '../../components/draft-commentary-panel';

export type ReportDraftBodyProps = { dataset: Dataset; period: Period; areaIds: string[] };

/** The drafted sentences; loaded only when the draft is opened (report-draft.tsx), with the drafting code. */
export function ReportDraftBody({ dataset, period, areaIds }: ReportDraftBodyProps) {
  // Drafting reads every measure: not again on each keystroke in the search box, which re-renders this.
  const areaKey = areaIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- areaKey stands for areaIds, a new array each render
  const sentences = useMemo(() => draftReportSummary(dataset, period, areaIds), [dataset, period, areaKey]);
  return <DraftCommentaryPanel sentences={sentences} subject={period.label} />;
}
