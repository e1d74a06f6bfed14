import type { Dataset } from '../../data/indicator-schema';
import { draftReportSummary } from '../../domain/draft-commentary';
import type { Period } from '../../domain/period';
import { DraftCommentaryPanel } from '../../components/draft-commentary-panel';

export type ReportDraftBodyProps = { dataset: Dataset; period: Period; areaIds: string[] };

/** The drafted sentences; loaded only when the draft is opened (report-draft.tsx), with the drafting code. */
export function ReportDraftBody({ dataset, period, areaIds }: ReportDraftBodyProps) {
  return <DraftCommentaryPanel sentences={draftReportSummary(dataset, period, areaIds)} subject={period.label} />;
}
