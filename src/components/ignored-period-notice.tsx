export type IgnoredPeriodNoticeProps = { periodKey: string; shownLabel: string };

/** A link asked for a period the data lacks: say so, rather than switch periods silently. */
export function IgnoredPeriodNotice({ periodKey, shownLabel }: IgnoredPeriodNoticeProps) {
  return (
    <p role="status" className="mt-2 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm">
      The link asked for period “{periodKey}”, which this data does not cover; showing {shownLabel} instead.
    </p>
  );
}
