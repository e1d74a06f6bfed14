import { captureChartImage } from '../../components/capture-chart-image';
import { LazyTrendLineChart } from '../../components/lazy-charts';
import { renderSvgToPng } from '../../lib/export-chart-image';
import type { MeasureSlide, SlideDeck } from './build-slides';
import { describePptxSlide, type PptxSlideText } from './describe-pptx-slide';

/**
 * The deck as a PowerPoint file, to drop into the council's own deck: a slide per measure or section with its title,
 * headline figure, status in words and chart (the 16:9 picture of the chart downloads), and the full notes as
 * speaker notes. Loaded only when someone asks for it: pptxgenjs and JSZip are a chunk of their own.
 */
export async function buildPptx(deck: SlideDeck, onProgress: (done: number, total: number) => void = () => {}): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `Performance pack, ${deck.period.label}`;

  // "Since last meeting" compares with figures (a kept version, a file) that only the slides window holds: a deck for
  // the council's own slides carries the measures and sections.
  const slides = deck.slides.filter((slide) => slide.kind !== 'since');
  const total = slides.length;
  for (const [index, slide] of slides.entries()) {
    onProgress(index, total);
    const text = describePptxSlide(slide, deck.period.label);
    const page = pptx.addSlide();
    addHeader(page, text);
    if (text.headline) addHeadline(page, text.headline);
    if (text.rows.length > 0) addRows(page, text.rows);
    if (slide.kind === 'measure' && slide.chart.points.length > 0) {
      page.addImage({ data: await chartPicture(slide, deck), x: 4.6, y: 1.75, w: 8.23, h: 4.63, altText: slide.chart.summary });
    }
    if (text.notes) page.addNotes(text.notes);
  }
  onProgress(total, total);
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

type PptxSlide = ReturnType<InstanceType<typeof import('pptxgenjs').default>['addSlide']>;

const FONT = 'Arial';
const INK = '0F172A';
const MUTED = '475569';

function addHeader(page: PptxSlide, text: PptxSlideText) {
  page.addText(text.context, { x: 0.5, y: 0.3, w: 12.3, h: 0.35, fontFace: FONT, fontSize: 14, color: MUTED });
  page.addText(text.heading, { x: 0.5, y: 0.65, w: 12.3, h: 0.95, fontFace: FONT, fontSize: 26, bold: true, color: INK, valign: 'top', fit: 'shrink' });
}

function addHeadline(page: PptxSlide, headline: NonNullable<PptxSlideText['headline']>) {
  page.addText(
    [
      { text: headline.periodLabel, options: { fontSize: 14, bold: true, color: MUTED, breakLine: true } },
      { text: headline.value, options: { fontSize: 48, bold: true, color: INK, breakLine: true } },
      // Words, not a colour: the status reads the same printed in black and white.
      { text: headline.status, options: { fontSize: 20, bold: true, color: INK, breakLine: true } },
      ...headline.details.map((line) => ({ text: line, options: { fontSize: 14, color: INK, breakLine: true, paraSpaceBefore: 6 } })),
    ],
    { x: 0.5, y: 1.75, w: 3.9, h: 4.63, fontFace: FONT, valign: 'top', fit: 'shrink' },
  );
}

function addRows(page: PptxSlide, rows: PptxSlideText['rows']) {
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontFace: FONT, fontSize: 14, color: INK } });
  page.addTable(
    [[cell('Measure', true), cell('Figure', true), cell('Status', true)], ...rows.map((row) => [cell(row.heading), cell(row.value), cell(row.status)])],
    { x: 0.5, y: 1.75, w: 12.3, colW: [7.3, 2, 3], border: { type: 'solid', pt: 0.5, color: 'CBD5E1' }, autoPage: false },
  );
}

/** The measure's monthly chart as the 16:9 picture the chart downloads make, drawn off screen. */
async function chartPicture(slide: MeasureSlide, deck: SlideDeck): Promise<string> {
  const { chart } = slide;
  const { svg, width, height } = await captureChartImage(
    <LazyTrendLineChart
      data={chart.points}
      seriesName="Monthly figure"
      valueFormatter={chart.valueFormatter}
      axis={chart.axis}
      references={chart.references}
      highlight={chart.highlight}
      referencePath={chart.referencePath}
    />,
    { title: slide.heading, subtitle: `${chart.heading} · ${deck.period.label} highlighted`, ...deck.source },
  );
  return dataUrlOf(await renderSvgToPng(svg, width, height));
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The chart picture could not be read'));
    reader.readAsDataURL(blob);
  });
}
