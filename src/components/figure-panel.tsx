import type { ReactNode } from 'react';
import { ChartExportButtons } from './chart-export-buttons';
import type { SizableChart } from './capture-chart-image';
import { FiguresTable } from './figures-table';
import { cx } from '../lib/cx';
import type { FigureView } from '../presenters/build-figure-views';
import type { ChartPoint } from '../presenters/chart-views';

export type FigurePanelProps = {
  id: string;
  view: FigureView<ChartPoint>;
  chart: SizableChart;
  /** Offers PNG and SVG downloads of the chart, with these words written into the image. */
  exportImage?: { title: string; subtitle: string; asAt: string; source: string; fileName: string };
  /** Said under the chart and table, e.g. where the benchmarks come from. */
  footer?: ReactNode;
};

/**
 * A chart with its sentence and its table side by side (stacked on narrow screens). The sentence is the figure's
 * caption, so it is read with the chart; the table beside it holds every figure, for keyboard, screen reader and copying.
 */
export function FigurePanel({ id, view, chart, exportImage, footer }: FigurePanelProps) {
  const hasPoints = view.points.length > 0;
  // A table with benchmark columns needs the panel's full width, under the chart rather than beside it.
  const wide = view.table.columns.length > 6;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-5 print:break-inside-avoid print:p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold print:text-base">
          {view.heading}
        </h2>
        {exportImage && hasPoints && <ChartExportButtons chart={chart} {...exportImage} />}
      </div>
      {/* Side by side only from 1536px: at 1366px a table with fractions, target and status needs the full width. */}
      {/* On paper the chart (drawn at its print size) sits above its table, the panel beside the other chart's. */}
      <div className={cx('mt-3 grid gap-6 print:mt-1 print:gap-2', !wide && '2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:grid-cols-1')}>
        <figure className="min-w-0">
          <figcaption className="mb-3 print:mb-1 print:text-[10px]">
            <span className="block">{view.summary}</span>
            {hasPoints && <span className="mt-1 block text-sm text-slate-700">{view.axisNote}.</span>}
          </figcaption>
          {hasPoints && chart}
        </figure>
        {view.table.rows.length > 0 && (
          <div className={wide ? 'max-w-7xl min-w-0' : 'max-w-4xl min-w-0'}>
            <FiguresTable {...view.table} />
            {view.tableNote && <p className="mt-2 text-sm text-slate-700">{view.tableNote}</p>}
          </div>
        )}
      </div>
      {footer}
    </section>
  );
}
