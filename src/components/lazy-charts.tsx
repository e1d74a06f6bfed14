import { lazy, Suspense, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useHydrated } from '../lib/use-hydrated';
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

/**
 * The default charts' heights as classes: placeholders are in the published HTML, where the Content-Security-Policy
 * (style-src 'self') blocks style attributes. Other heights (slides sized to the window) are drawn in the browser only.
 */
const PLACEHOLDER_HEIGHTS: Record<number, string> = { 360: 'h-[360px]', 340: 'h-[340px]', 404: 'h-[404px]' };

function ChartPlaceholder({ height }: { height: number }) {
  const total = height + LEGEND_SPACE;
  const heightClass = PLACEHOLDER_HEIGHTS[total];
  return (
    <div aria-hidden="true" style={heightClass ? undefined : { height: total }} className={cx('w-full animate-pulse rounded bg-slate-100 in-[.no-js]:hidden', heightClass)} />
  );
}

/**
 * Charts are drawn in the browser only: the published HTML and its hydration hold the placeholder (the figures are in
 * the table beside it), and the chart code loads once the page is live.
 */
function ClientChart({ placeholderHeight, children }: { placeholderHeight: number; children: ReactNode }) {
  const hydrated = useHydrated();
  const placeholder = <ChartPlaceholder height={placeholderHeight} />;
  if (!hydrated) return placeholder;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}

export function LazyTrendLineChart(props: TrendLineChartProps) {
  return (
    <ClientChart placeholderHeight={props.height ?? 320}>
      <TrendLineChart {...props} />
    </ClientChart>
  );
}

export function LazyAnnualBarChart(props: AnnualBarChartProps) {
  return (
    <ClientChart placeholderHeight={props.height ?? 300}>
      <AnnualBarChart {...props} />
    </ClientChart>
  );
}

export function LazyXmrChart(props: XmrChartProps) {
  return (
    <ClientChart placeholderHeight={(props.height ?? 340) + XMR_LEGEND_EXTRA}>
      <XmrChart {...props} />
    </ClientChart>
  );
}
