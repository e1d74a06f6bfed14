import { useMemo } from 'react';
import type { PeriodModel } from '../../domain/dataset-model';
import { draftReportSummary } from '../../presenters/draft-commentary';
import { DraftCommentaryPanel } from '../../components/draft-commentary-panel';

export type ReportDraftBodyProps = { periodModel: PeriodModel; areaIds: string[] };

/** The drafted sentences; loaded only when the draft is opened (report-draft.tsx), with the drafting code. */
export function ReportDraftBody({ periodModel, areaIds }: ReportDraftBodyProps) {
  // A keystroke in the search box re-renders this with a new but equal list of areas: draft again only when the
  // areas themselves change.
  const areaKey = areaIds.join(',');
  const sentences = useMemo(() => draftReportSummary(periodModel, areaKey === '' ? [] : areaKey.split(',')), [periodModel, areaKey]);
  return <DraftCommentaryPanel sentences={sentences} subject={periodModel.period.label} />;
}
