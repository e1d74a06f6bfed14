import { useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import type { SparklineChartProps } from './charts/sparkline-chart';
import { usePrinting } from '../lib/use-printing';
import { cx } from '../lib/cx';
import { useHydrated } from '../lib/use-hydrated';

// Recharts is the largest dependency; loading it after the first paint keeps the overview fast on slow laptops.
// Loaded by hand rather than with React.lazy so that, once loaded, every sparkline can be drawn synchronously,
// which printing needs (see usePrinting): React.lazy suspends each new instance at least once.
let SparklineChart: ComponentType<SparklineChartProps> | null = null;
let loading: Promise<void> | null = null;

/** Loads the sparkline chart code once; resolves when every sparkline can draw. */
export function loadSparklineChart(): Promise<void> {
  loading ??= import('./charts/sparkline-chart').then((module) => {
    SparklineChart = module.SparklineChart;
  });
  return loading;
}

export function isSparklineChartLoaded(): boolean {
  return SparklineChart !== null;
}

/**
 * Holds the sparkline's exact space until its tile comes near the screen and the chart code has loaded, so the
 * tile does not jump, the first paint waits for no chart code, and an overview of hundreds of tiles draws
 * charts only for the ones someone can see (and, when printing, for all). The placeholder carries the same
 * text alternative as the chart.
 */
export function LazySparkline(props: SparklineChartProps) {
  const height = props.height ?? 40;
  const placeholderRef = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const near = useNearViewport(placeholderRef) || printing;
  const [, setLoaded] = useState(SparklineChart !== null);
  useEffect(() => {
    if (!near || SparklineChart) return;
    let current = true;
    void loadSparklineChart().then(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, [near]);
  // The published HTML and its hydration always hold the placeholder: charts are drawn in the browser only.
  const hydrated = useHydrated();
  if (hydrated && near && SparklineChart) return <SparklineChart {...props} />;
  // A class for the tile's height: the placeholder is in the published HTML, where style attributes are blocked (CSP).
  // Without JavaScript no chart will come: only its text alternative stays, for screen readers.
  const heightClass = height === 40 ? 'h-10' : undefined;
  return (
    <div
      ref={placeholderRef}
      role="img"
      aria-label={props.label}
      style={heightClass ? undefined : { height }}
      className={cx('w-full rounded bg-slate-100 in-[.no-js]:sr-only', heightClass)}
    />
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
