/**
 * Turns a chart on screen into a standalone picture for slides: the chart's SVG on a white background with the
 * title and period written above it. SVG as drawn; PNG at twice the size so it stays sharp when projected.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER_HEIGHT = 56;
const PADDING = 16;

/** A line drawn in the picture's key: lines a chart does not label itself, such as benchmarks. */
export type ChartImageLegendEntry = { label: string; colour: string; dash?: string | undefined };

export type ChartImageText = { title: string; subtitle: string; legend?: ChartImageLegendEntry[] | undefined };

const LEGEND_HEIGHT = 24;

export function buildChartSvg(chart: SVGSVGElement, text: ChartImageText): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width || Number(chart.getAttribute('width')) || 800);
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 400);
  const width = chartWidth + PADDING * 2;
  const legend = text.legend ?? [];
  const headerHeight = HEADER_HEIGHT + (legend.length > 0 ? LEGEND_HEIGHT : 0);
  const height = chartHeight + headerHeight + PADDING;

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
  root.append(textLine(text.title, PADDING, 24, 18, '600'));
  root.append(textLine(text.subtitle, PADDING, 46, 14, '400'));
  let x = PADDING;
  for (const entry of legend) {
    root.append(legendLine(entry, x, HEADER_HEIGHT + 10));
    root.append(textLine(entry.label, x + 34, HEADER_HEIGHT + 15, 13, '400'));
    // No layout engine here: an estimate of the label's width, generous enough for system fonts.
    x += 34 + entry.label.length * 7.5 + 20;
  }

  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', String(PADDING));
  copy.setAttribute('y', String(headerHeight));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
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

function legendLine(entry: ChartImageLegendEntry, x: number, y: number): SVGLineElement {
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [name, value] of Object.entries({ x1: x, y1: y, x2: x + 28, y2: y, stroke: entry.colour, 'stroke-width': 2.5 })) line.setAttribute(name, String(value));
  if (entry.dash) line.setAttribute('stroke-dasharray', entry.dash);
  return line;
}

function textLine(content: string, x: number, y: number, size: number, weight: string): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', weight);
  element.setAttribute('fill', '#0f172a');
  // textContent, never markup: titles come from the data file.
  element.textContent = content;
  return element;
}
