import { useSyncExternalStore } from 'react';
import { useSlideFrameHeight } from './slide-frame';

// Room the slide leaves for its chart at the full height of a 1920x1080 screen, and the least that still reads.
const TALLEST = 460;
const SHORTEST = 220;
// Heading, figures, caption, legend and the control bar take about this much of the window's height.
const AROUND_THE_CHART = 560;

function subscribe(notify: () => void): () => void {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
}

/**
 * The measure slide's chart height for this window: 460 px on a 1080-line screen, smaller on the 768-line
 * laptops of many meeting rooms, so the chart is seen whole rather than cut off by the control bar.
 */
export function useSlideChartHeight(): number {
  const frameHeight = useSlideFrameHeight();
  const windowHeight = useSyncExternalStore(subscribe, () => frameHeight ?? window.innerHeight, () => frameHeight ?? 1080);
  return Math.min(TALLEST, Math.max(SHORTEST, windowHeight - AROUND_THE_CHART));
}
