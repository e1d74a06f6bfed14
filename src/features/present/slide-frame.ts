import { createContext, useContext } from 'react';

/**
 * The height of the screen a slide is laid out for, when that is not this window's: the presenter view draws its
 * slides at the room's 1920x1080 and scales them down, so they must size their charts for 1080 lines, not for the
 * presenter's laptop. Null: this window.
 */
export const SlideFrameHeight = createContext<number | null>(null);

export function useSlideFrameHeight(): number | null {
  return useContext(SlideFrameHeight);
}
