import { useSyncExternalStore } from 'react';
import { useSlideFrameHeight } from './slide-frame';

// Slides are laid out for a 1920x1080 screen and scaled to the window's smaller side, as slide-room does in CSS.
const DESIGN_WIDTH = 1920;
const DESIGN_HEIGHT = 1080;

function subscribe(notify: () => void): () => void {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
}

/** The window's size as a multiple of 1920x1080 (0.71 at 1366x768, 2 at 3840x2160); 1 before the page is live. */
export function scaleForWindow(width: number, height: number): number {
  return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
}

/**
 * The slide scale in JavaScript, for what CSS cannot size: the chart's SVG text. Keeps the chart's axis labels in
 * step with the slide's type at every window size.
 */
export function useSlideScale(): number {
  // A slide drawn in a frame of the room's size (the presenter view's previews) is at scale 1 whatever the window.
  const framed = useSlideFrameHeight() !== null;
  const windowScale = useSyncExternalStore(
    subscribe,
    () => scaleForWindow(window.innerWidth, window.innerHeight),
    () => 1,
  );
  return framed ? 1 : windowScale;
}
