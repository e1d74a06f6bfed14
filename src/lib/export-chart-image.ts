/**
 * Turns a drawn chart into a standalone 16:9 picture for slides: the chart's SVG on a white background with its
 * title, subtitle and legend above it and "data as at" and the source below (layout in chart-image-layout.ts).
 * SVG as drawn; PNG at twice the size (1920x1080) so it stays sharp when projected.
 */
import { layoutChartImage, type TextLine } from './chart-image-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type ChartImageText = { title: string; subtitle: string; asAt: string; source: string };

/** A legend entry read from the chart's own (HTML) legend: its little drawn swatch and its words. */
export type ChartLegendItem = { swatch: SVGSVGElement | null; label: string };

/** The chart's legend entries, read from the list drawn under it. */
export function readChartLegend(container: Element): ChartLegendItem[] {
  return [...container.querySelectorAll('ul > li')].map((item) => ({
    swatch: item.querySelector('svg'),
    label: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

export function buildChartSvg(chart: SVGSVGElement, legend: readonly ChartLegendItem[], text: ChartImageText): { svg: string; width: number; height: number } {
  const layout = layoutChartImage({ ...text, legend: legend.map((item) => item.label) });
  const { width, height } = layout;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  // setAttributeNS keeps the camel case that setAttribute may lower in an HTML document.
  root.setAttributeNS(null, 'viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', 'system-ui, Segoe UI, Roboto, Arial, sans-serif');

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  for (const line of layout.text) root.append(textLine(line));

  layout.legend.forEach((slot, i) => {
    const swatch = legend[i]?.swatch?.cloneNode(true) as SVGSVGElement | undefined;
    if (swatch) {
      const swatchHeight = Number(swatch.getAttribute('height')) || 14;
      swatch.setAttribute('x', String(slot.x));
      swatch.setAttribute('y', String(slot.y - swatchHeight / 2));
      swatch.setAttribute('overflow', 'visible');
      root.append(swatch);
    }
    root.append(textLine({ text: slot.label, x: slot.labelX, y: slot.y + 5, size: 14, weight: 'normal', anchor: 'start' }));
  });

  const copy = chart.cloneNode(true) as SVGSVGElement;
  // Drawn at the picture's chart size when it can be; otherwise scaled to fit, never stretched.
  if (!copy.getAttribute('viewBox')) copy.setAttributeNS(null, 'viewBox', `0 0 ${chart.getAttribute('width') ?? layout.chart.width} ${chart.getAttribute('height') ?? layout.chart.height}`);
  copy.setAttributeNS(null, 'preserveAspectRatio', 'xMidYMid meet');
  copy.setAttribute('x', String(layout.chart.x));
  copy.setAttribute('y', String(layout.chart.y));
  copy.setAttribute('width', String(layout.chart.width));
  copy.setAttribute('height', String(layout.chart.height));
  copy.removeAttribute('style');
  root.append(copy);

  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

export async function renderSvgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function textLine({ text, x, y, size, weight, anchor }: TextLine): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', weight === 'bold' ? '600' : '400');
  element.setAttribute('text-anchor', anchor);
  element.setAttribute('fill', size < 15 ? '#334155' : '#0f172a');
  // textContent, never markup: titles and labels come from the data file.
  element.textContent = text;
  return element;
}
