import { lazy, Suspense } from 'react';
import type { SparklineChartProps } from './charts/sparkline-chart';

// Recharts is the largest dependency; loading it after the first paint keeps the overview fast on slow laptops.
const SparklineChart = lazy(() => import('./charts/sparkline-chart').then((m) => ({ default: m.SparklineChart })));

/** Holds the sparkline's exact space while the chart code loads, so the tile does not jump. */
export function LazySparkline(props: SparklineChartProps) {
  const height = props.height ?? 40;
  return (
    <Suspense fallback={<div role="img" aria-label={props.label} style={{ height }} className="w-full rounded bg-slate-100" />}>
      <SparklineChart {...props} />
    </Suspense>
  );
}
