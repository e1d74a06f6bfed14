import { useEffect, useState } from 'react';
import { cx } from '../lib/cx';

export type CopyLinkButtonProps = { label?: string };

type Message = { text: string; kind: 'copied' | 'fallback' } | null;

/** How long "Link copied" stays on screen: long enough to read, short enough not to hide what is under it. */
const COPIED_SHOWN_MS = 4000;

/**
 * Copies the current address, which holds every filter, so a colleague opens exactly this view. The result is
 * said in a polite status region that is always in the page (a region added with its text is often not read out)
 * and drawn as a toast at the foot of the window, out of the flow, so the buttons beside it never move and no
 * control is covered, even where the buttons wrap onto two lines on a phone.
 */
export function CopyLinkButton({ label = 'Copy link' }: CopyLinkButtonProps) {
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    if (!message) return;
    if (message.kind === 'copied') {
      const timer = window.setTimeout(() => setMessage(null), COPIED_SHOWN_MS);
      return () => window.clearTimeout(timer);
    }
    // The link to copy by hand stays until it is dismissed with Escape or replaced by another try.
    const dismiss = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMessage(null);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [message]);

  async function copy() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ text: 'Link copied', kind: 'copied' });
    } catch {
      // Clipboard access is refused on plain http and in some locked-down browsers: show the link instead.
      setMessage({ text: `Copy this link: ${url}`, kind: 'fallback' });
    }
  }

  return (
    <span className="relative inline-flex">
      <button type="button" className="btn" onClick={() => void copy()}>
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.6}>
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
        </svg>
        {label}
      </button>
      <span
        role="status"
        className={cx(
          'fixed bottom-4 left-1/2 z-50 w-max max-w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 text-sm break-all print:hidden',
          message && 'rounded-md bg-slate-900 px-3 py-2 text-white shadow-lg select-all',
        )}
      >
        {message?.text}
      </span>
    </span>
  );
}
