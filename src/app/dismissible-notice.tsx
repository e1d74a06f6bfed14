import type { ReactNode } from 'react';

/** The band above the figures that tells the user something changed, until they dismiss it. */
export function DismissibleNotice({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  return (
    <div role="status" className="mx-auto mt-4 max-w-[1800px] px-4">
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-800 bg-blue-50 px-4 py-2">
        <p>{children}</p>
        <button type="button" className="btn ml-auto" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
