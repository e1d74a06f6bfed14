import { Link, useLocation } from '@tanstack/react-router';
import { usePresentationStore } from '../lib/presentation-store';

export type PresentLinkProps = {
  /** Start at this measure's slide; otherwise at the first slide of the current filter. */
  measureId?: string;
};

/** Opens the meeting presentation with the current filters, remembering where to come back to on Esc. */
export function PresentLink({ measureId }: PresentLinkProps) {
  const { pathname } = useLocation();
  const presentationStarted = usePresentationStore((s) => s.presentationStarted);
  return (
    <Link
      to="/present"
      search={(prev) => ({ ...prev, at: measureId, slide: undefined })}
      onClick={() => presentationStarted(pathname)}
      className="btn no-underline"
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth={1.6}>
        <path d="M2 3h12v8H2zM8 11v3M5 14h6" />
      </svg>
      Present
    </Link>
  );
}
