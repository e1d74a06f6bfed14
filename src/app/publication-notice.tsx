export type PublicationNoticeProps = { text: string; onDismiss: () => void };

/** "Updated since publication": the published page's figures were replaced by the feed's newer ones, never silently. */
export function PublicationNotice({ text, onDismiss }: PublicationNoticeProps) {
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1800px] px-4">
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-800 bg-blue-50 px-4 py-2">
        <p>
          <span className="font-semibold">Updated since publication. </span>
          {text}
        </p>
        <button type="button" className="btn ml-auto" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
