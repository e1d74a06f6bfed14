import type { DirectionView } from '../presenters/build-tile-view';
import { cx } from '../lib/cx';
import { DIRECTION_TONES } from '../presenters/variants';

/** `room`: the arrow grows with the text, for slides scaled to the screen. */
export type DirectionIndicatorProps = { direction: DirectionView; className?: string; size?: 'page' | 'room' };

/** Arrow for the eye, words for everyone: the text says improving or worsening, never the colour alone. */
export function DirectionIndicator({ direction, className, size = 'page' }: DirectionIndicatorProps) {
  return (
    <span className={cx('inline-flex items-start gap-1', DIRECTION_TONES[direction.kind], className)}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={cx('shrink-0', size === 'room' ? 'mt-[0.15em] size-[1em]' : 'mt-0.5 size-4')} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        {direction.arrow === 'up' && <path d="M8 13V3M4 7l4-4 4 4" />}
        {direction.arrow === 'down' && <path d="M8 3v10M4 9l4 4 4-4" />}
        {direction.arrow === 'flat' && <path d="M3 8h10M9 4l4 4-4 4" />}
        {direction.arrow === 'none' && <path d="M4 8h8" strokeDasharray="2 2" />}
      </svg>
      <span>{direction.text}</span>
    </span>
  );
}
