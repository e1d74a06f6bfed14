import type { Status } from '../domain/evaluate-status';
import { cx } from '../lib/cx';
import { STATUS_VARIANTS } from '../presenters/variants';
import { StatusIcon } from './status-icon';

/**
 * `label` replaces the status's own words where the judgement needs others ("On track", "Off target (Sep 2023 only)").
 * Size `room` is in slide units (slide-room in index.css), to be read from the back of a meeting room.
 */
export type StatusBadgeProps = { status: Status; size?: 'sm' | 'lg' | 'room'; label?: string };

export function StatusBadge({ status, size = 'sm', label }: StatusBadgeProps) {
  const variant = STATUS_VARIANTS[status];
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1 rounded-full font-semibold ring-1 ring-inset',
        size === 'room' ? 'slide-text-28 gap-[0.3em] px-[0.5em] py-[0.15em]' : size === 'lg' ? 'px-3 py-1 text-base' : 'px-2 py-0.5 text-xs',
        variant.badge,
      )}
    >
      <StatusIcon icon={variant.icon} className={size === 'room' ? 'size-[1.1em]' : size === 'lg' ? 'size-5' : 'size-3.5'} />
      {label ?? variant.label}
    </span>
  );
}
