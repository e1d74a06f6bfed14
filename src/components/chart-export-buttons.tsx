import { useState, type RefObject } from 'react';
import { downloadFile } from '../lib/download-file';
import type { ChartImageLegendEntry } from '../lib/export-chart-image';

export type ChartExportButtonsProps = {
  /** The figure that holds the drawn chart. */
  figureRef: RefObject<HTMLElement | null>;
  title: string;
  subtitle: string;
  fileName: string;
  /** Lines the chart does not label itself (benchmarks), drawn as a key in the picture. */
  legend?: ChartImageLegendEntry[];
};

/** "Download PNG" and "Download SVG" for a chart, for people who want it in their slides. */
export function ChartExportButtons({ figureRef, title, subtitle, fileName, legend }: ChartExportButtonsProps) {
  const [error, setError] = useState('');

  async function download(format: 'png' | 'svg') {
    setError('');
    const chart = figureRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!chart) return setError('The chart has not finished drawing yet; try again in a moment.');
    try {
      // Loaded on click: only people who export need this code.
      const { buildChartSvg, renderSvgToPng } = await import('../lib/export-chart-image');
      const { svg, width, height } = buildChartSvg(chart, { title, subtitle, legend });
      if (format === 'svg') downloadFile(`${fileName}.svg`, svg, 'image/svg+xml;charset=utf-8');
      else downloadFile(`${fileName}.png`, await renderSvgToPng(svg, width, height));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The chart could not be exported.');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide">
      <button type="button" className="btn text-sm" onClick={() => void download('png')}>
        Download PNG
      </button>
      <button type="button" className="btn text-sm" onClick={() => void download('svg')}>
        Download SVG
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
