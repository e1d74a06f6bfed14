import type { StatusVariant } from '../presenters/variants';

export type StatusIconProps = { icon: StatusVariant['icon']; className?: string };

/** Decorative: the status word always sits beside it. */
export function StatusIcon({ icon, className = 'size-4' }: StatusIconProps) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      {icon === 'tick' && <path d="M3 8.5l3 3 7-7" />}
      {icon === 'triangle' && (
        <>
          <path d="M8 2l6.5 11.5h-13z" />
          <path d="M8 6.5v3M8 11.6v.1" />
        </>
      )}
      {icon === 'cross' && <path d="M4 4l8 8M12 4l-8 8" />}
      {icon === 'dash' && <path d="M3.5 8h9" />}
      {icon === 'question' && <path d="M5.8 6a2.3 2.3 0 114 1.6c-.9.6-1.8 1.1-1.8 2.2M8 12.6v.1" />}
    </svg>
  );
}
