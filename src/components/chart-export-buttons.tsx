import { useState } from 'react';
import { downloadFile } from '../lib/download-file';
import type { SizableChart } from './capture-chart-image';

export type ChartExportButtonsProps = {
  /** The chart as drawn on the page; the picture draws it anew at its own 16:9 size. */
  chart: SizableChart;
  title: string;
  subtitle: string;
  /** "Data as at 30 September 2023" and "Source: …", written at the foot of the picture. */
  asAt: string;
  source: string;
  fileName: string;
};

/** "Download PNG" and "Download SVG" for a chart, for people who want it in their slides. */
export function ChartExportButtons({ chart, title, subtitle, asAt, source, fileName }: ChartExportButtonsProps) {
  const [error, setError] = useState('');

  async function download(format: 'png' | 'svg') {
    setError('');
    try {
      // Loaded on click: only people who export need this code.
      const [{ captureChartImage }, { renderSvgToPng }] = await Promise.all([import('./capture-chart-image'), import('../lib/export-chart-image')]);
      const { svg, width, height } = await captureChartImage(chart, { title, subtitle, asAt, source });
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
