import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The height the layout gives an element (a flex item that takes what is left of the slide), so the chart inside can
 * fill it: recharts needs a number, and a chart that sets its own height cannot also follow the space around it.
 */
export function useElementHeight<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.height ?? 0;
      setHeight(Math.floor(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, height];
}
