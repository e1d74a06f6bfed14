import { useEffect, useState, type RefObject } from 'react';

/** The size a slide is laid out at before it is scaled down into a preview: the meeting room's screen. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/**
 * How much to scale a full-size slide so that it fits the width of `ref`'s box: the presenter view shows slides as
 * the room sees them, only smaller, rather than laid out again for a small box.
 */
export function useFitScale(ref: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScale(element.clientWidth / SLIDE_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}
