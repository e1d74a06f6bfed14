import { lazy, Suspense } from 'react';
import type { AnnualBarChartProps } from './charts/annual-bar-chart';
import type { TrendLineChartProps } from './charts/trend-line-chart';
import type { XmrChartProps } from './charts/xmr-chart';

// Recharts is the largest dependency: these load after the page's text, so the figures and commentary show first.
const TrendLineChart = lazy(() => import('./charts/trend-line-chart').then((m) => ({ default: m.TrendLineChart })));
const AnnualBarChart = lazy(() => import('./charts/annual-bar-chart').then((m) => ({ default: m.AnnualBarChart })));
const XmrChart = lazy(() => import('./charts/xmr-chart').then((m) => ({ default: m.XmrChart })));

/** Legend row height under the plot, kept in the placeholder so the page does not jump when the chart arrives. */
const LEGEND_SPACE = 40;
/** The XmR legend has more entries and usually takes a second row. */
const XMR_LEGEND_EXTRA = 24;

function ChartPlaceholder({ height }: { height: number }) {
  return <div aria-hidden="true" style={{ height: height + LEGEND_SPACE }} className="w-full animate-pulse rounded bg-slate-100" />;
}

export function LazyTrendLineChart(props: TrendLineChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={props.height ?? 320} />}>
      <TrendLineChart {...props} />
    </Suspense>
  );
}

export function LazyAnnualBarChart(props: AnnualBarChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={props.height ?? 300} />}>
      <AnnualBarChart {...props} />
    </Suspense>
  );
}

export function LazyXmrChart(props: XmrChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder height={(props.height ?? 340) + XMR_LEGEND_EXTRA} />}>
      <XmrChart {...props} />
    </Suspense>
  );
}
