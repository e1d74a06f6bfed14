export type ChangeNoticeProps = { changes: string[]; onDismiss: () => void; title?: string };

/** "October 2023 figures added": told once when the feed brings new data, so nobody misses a revision. */
export function ChangeNotice({ changes, onDismiss, title = 'New data' }: ChangeNoticeProps) {
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1800px] px-4">
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-800 bg-blue-50 px-4 py-2">
        <p>
          <span className="font-semibold">{title}: </span>
          {changes.map((change) => change.replace(/\.$/, '')).join('; ')}.
        </p>
        <button type="button" className="btn ml-auto" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
