import { DismissibleNotice } from './dismissible-notice';

export type PublicationNoticeProps = { text: string; onDismiss: () => void };

/** "Updated since publication": the published page's figures were replaced by the feed's newer ones, never silently. */
export function PublicationNotice({ text, onDismiss }: PublicationNoticeProps) {
  return (
    <DismissibleNotice onDismiss={onDismiss}>
      <span className="font-semibold">Updated since publication. </span>
      {text}
    </DismissibleNotice>
  );
}
