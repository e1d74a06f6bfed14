import { DismissibleNotice } from './dismissible-notice';

export type ChangeNoticeProps = { changes: string[]; onDismiss: () => void; title?: string };

/** "October 2023 figures added": told once when the feed brings new data, so nobody misses a revision. */
export function ChangeNotice({ changes, onDismiss, title = 'New data' }: ChangeNoticeProps) {
  return (
    <DismissibleNotice onDismiss={onDismiss}>
      <span className="font-semibold">{title}: </span>
      {changes.map((change) => change.replace(/\.$/, '')).join('; ')}.
    </DismissibleNotice>
  );
}
