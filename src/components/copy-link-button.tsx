import { useState } from 'react';

export type CopyLinkButtonProps = { label?: string };

/** Copies the current address, which holds every filter, so a colleague opens exactly this view. */
export function CopyLinkButton({ label = 'Copy link' }: CopyLinkButtonProps) {
  const [message, setMessage] = useState('');

  async function copy() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      // Clipboard access is refused on plain http and in some locked-down browsers: show the link instead.
      setMessage(`Copy this link: ${url}`);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="btn" onClick={() => void copy()}>
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.6}>
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
        </svg>
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {message}
      </span>
    </span>
  );
}
