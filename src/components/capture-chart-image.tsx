import { cloneElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CHART_IMAGE_HEIGHT, layoutChartImage } from '../lib/chart-image-layout';
import { buildChartSvg, readChartLegend, type ChartImageText } from '../lib/export-chart-image';

/** A chart wrapper (trend, annual or XmR, lazy or not): it fills its width and takes its plot's height. */
export type SizableChart = ReactElement<{ height?: number }>;

const DRAW_TIMEOUT_MS = 10_000;

/**
 * Draws a chart off screen at the size it takes in a 16:9 picture, and returns the picture as SVG. Drawing it anew
 * rather than copying the one on screen means the picture does not depend on the window (a chart squeezed on a
 * laptop would be letterboxed), and charts of slides never shown can be exported too.
 */
export async function captureChartImage(chart: SizableChart, text: ChartImageText): Promise<{ svg: string; width: number; height: number }> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: allowed by the Content-Security-Policy's style-src 'self'.
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', pointerEvents: 'none' });
  document.body.append(container);
  const root = createRoot(container);
  try {
    // First without a legend to read it, then at the height the picture leaves once the legend is placed.
    const bare = layoutChartImage({ ...text, legend: [] });
    container.style.width = `${bare.chart.width}px`;
    const drawAt = async (height: number) => {
      flushSync(() => root.render(cloneElement(chart, { height })));
      return waitForChart(container, bare.chart.width, height);
    };
    let drawn = await drawAt(Math.min(bare.chart.height, CHART_IMAGE_HEIGHT / 2));
    const legend = readChartLegend(container);
    const layout = layoutChartImage({ ...text, legend: legend.map((item) => item.label) });
    drawn = await drawAt(layout.chart.height);
    return buildChartSvg(drawn, readChartLegend(container), text);
  } finally {
    root.unmount();
    container.remove();
  }
}

/** Resolves with the chart's SVG once it is drawn at the size asked for (recharts measures its box first). */
async function waitForChart(container: HTMLElement, width: number, height: number): Promise<SVGSVGElement> {
  const started = performance.now();
  while (performance.now() - started < DRAW_TIMEOUT_MS) {
    const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (svg && Math.abs(Number(svg.getAttribute('width')) - width) < 2 && Math.abs(Number(svg.getAttribute('height')) - height) < 2) {
      // One more frame: lines and labels follow the surface's first size.
      await nextFrame();
      return container.querySelector<SVGSVGElement>('svg.recharts-surface') ?? svg;
    }
    await nextFrame();
  }
  throw new Error('The chart did not finish drawing; try again in a moment.');
}

function nextFrame(): Promise<void> {
  // A timer, not requestAnimationFrame: frames stop in a hidden tab, and an export may be waited for from another.
  return new Promise((resolve) => setTimeout(resolve, 16));
}
