import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { SparklineChartProps } from './charts/sparkline-chart';

// Recharts is the largest dependency; loading it after the first paint keeps the overview fast on slow laptops.
const SparklineChart = lazy(() => import('./charts/sparkline-chart').then((m) => ({ default: m.SparklineChart })));

/**
 * Holds the sparkline's exact space until its tile comes near the screen and the chart code has loaded, so the
 * tile does not jump, the first paint waits for no chart code, and an overview of hundreds of tiles draws
 * charts only for the ones someone can see. The placeholder carries the same text alternative as the chart.
 */
export function LazySparkline(props: SparklineChartProps) {
  const height = props.height ?? 40;
  const placeholderRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholderRef);
  const placeholder = <div ref={placeholderRef} role="img" aria-label={props.label} style={{ height }} className="w-full rounded bg-slate-100" />;
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <SparklineChart {...props} />
    </Suspense>
  );
}

/** True once the element is within a screen-edge margin of the viewport; at once where IntersectionObserver is missing. */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}
