/**
 * Where everything goes on an exported chart picture: always 16:9, so it drops into a slide without cropping or bars,
 * with the title, subtitle and legend above the chart and "data as at" and the source at its foot, so the picture
 * still says whose figures and when once it is pasted into someone else's deck. Pure: sizes only, no DOM.
 */

/** The picture's own units; drawn at twice this as PNG (1920x1080), sharp on a meeting-room screen. */
export const CHART_IMAGE_WIDTH = 960;
export const CHART_IMAGE_HEIGHT = 540;
const PADDING = 24;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 15;
const LEGEND_SIZE = 14;
const FOOTER_SIZE = 13;
const LINE_GAP = 1.3;
/** A legend swatch and the gap before its label, and between entries. */
const SWATCH_WIDTH = 28;
const SWATCH_GAP = 8;
const ENTRY_GAP = 22;

export type TextLine = { text: string; x: number; y: number; size: number; weight: 'normal' | 'bold'; anchor: 'start' | 'end' };
/** A legend entry: swatch from (x, y - 7) for 28x14, label at labelX on the baseline y + 5. */
export type LegendSlot = { label: string; x: number; y: number; labelX: number };
export type Box = { x: number; y: number; width: number; height: number };

export type ChartImageLayout = {
  width: number;
  height: number;
  text: TextLine[];
  legend: LegendSlot[];
  chart: Box;
};

export type ChartImageWords = { title: string; subtitle: string; asAt: string; source: string; legend: readonly string[] };

export function layoutChartImage(words: ChartImageWords): ChartImageLayout {
  const width = CHART_IMAGE_WIDTH;
  const height = CHART_IMAGE_HEIGHT;
  const inner = width - PADDING * 2;
  const text: TextLine[] = [];
  let y = PADDING;

  for (const line of wrapText(words.title, inner, TITLE_SIZE, 'bold', 2)) {
    y += TITLE_SIZE;
    text.push({ text: line, x: PADDING, y, size: TITLE_SIZE, weight: 'bold', anchor: 'start' });
    y += TITLE_SIZE * (LINE_GAP - 1);
  }
  for (const line of wrapText(words.subtitle, inner, SUBTITLE_SIZE, 'normal', 2)) {
    y += SUBTITLE_SIZE * LINE_GAP;
    text.push({ text: line, x: PADDING, y, size: SUBTITLE_SIZE, weight: 'normal', anchor: 'start' });
  }
  y += 10;

  const legend: LegendSlot[] = [];
  let x = PADDING;
  let rowY = y + LEGEND_SIZE * 0.7;
  for (const label of words.legend) {
    const entryWidth = SWATCH_WIDTH + SWATCH_GAP + estimateWidth(label, LEGEND_SIZE, 'normal');
    if (x > PADDING && x + entryWidth > width - PADDING) {
      x = PADDING;
      rowY += LEGEND_SIZE * 1.6;
    }
    legend.push({ label, x, y: rowY, labelX: x + SWATCH_WIDTH + SWATCH_GAP });
    x += entryWidth + ENTRY_GAP;
  }
  if (legend.length > 0) y = rowY + LEGEND_SIZE * 0.9 + 6;

  // The foot: "data as at" on the left and the source on the right, or one under the other when they would meet.
  const footBaseline = height - PADDING + 4;
  const side = estimateWidth(words.asAt, FOOTER_SIZE, 'normal') + estimateWidth(words.source, FOOTER_SIZE, 'normal') + 32 <= inner;
  const footer: TextLine[] = side
    ? [
        { text: words.asAt, x: PADDING, y: footBaseline, size: FOOTER_SIZE, weight: 'normal', anchor: 'start' },
        { text: words.source, x: width - PADDING, y: footBaseline, size: FOOTER_SIZE, weight: 'normal', anchor: 'end' },
      ]
    : [
        { text: words.asAt, x: PADDING, y: footBaseline - FOOTER_SIZE * LINE_GAP, size: FOOTER_SIZE, weight: 'normal', anchor: 'start' },
        { text: wrapText(words.source, inner, FOOTER_SIZE, 'normal', 1)[0] ?? '', x: PADDING, y: footBaseline, size: FOOTER_SIZE, weight: 'normal', anchor: 'start' },
      ];
  text.push(...footer);
  const footTop = Math.min(...footer.map((line) => line.y)) - FOOTER_SIZE - 12;

  return { width, height, text, legend, chart: { x: PADDING, y, width: inner, height: Math.max(footTop - y, 120) } };
}

/**
 * Lines of at most maxWidth, by an estimate of the width (no layout engine here); the last line shortened with "…"
 * when the text needs more than maxLines.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: 'normal' | 'bold', maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && estimateWidth(candidate, size, weight) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && estimateWidth(`${last}…`, size, weight) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Generous for system sans-serif fonts, so an estimate errs towards wrapping rather than running off the picture. */
export function estimateWidth(text: string, size: number, weight: 'normal' | 'bold'): number {
  return text.length * size * (weight === 'bold' ? 0.58 : 0.53);
}
