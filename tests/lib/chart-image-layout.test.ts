import { layoutChartImage, wrapText } from '../../src/lib/chart-image-layout';

const CSC_022 = {
  title: 'CSC 022: Monthly % of referrals completed within 1 working day',
  subtitle: 'Darlington Borough Council · Monthly figures, 2023/24 · Sep 2023 highlighted',
  asAt: 'Data as at 30 September 2023',
  source: "Source: Darlington Borough Council, Children's Social Care Performance & Practice Report",
  legend: ['Monthly figure', 'Target 90%', 'Sep 2023'],
};

describe('layoutChartImage', () => {
  it('is 16:9, with title, subtitle, legend, chart, and "data as at" and the source at the foot, in that order', () => {
    const layout = layoutChartImage(CSC_022);
    expect(layout.width * 9).toBe(layout.height * 16);
    const [title, subtitle, asAt, source] = layout.text;
    expect(layout.text.map((line) => line.text)).toEqual([CSC_022.title, CSC_022.subtitle, CSC_022.asAt, CSC_022.source]);
    expect(title!.y).toBeLessThan(subtitle!.y);
    // One legend row, under the subtitle and over the chart.
    expect(new Set(layout.legend.map((slot) => slot.y)).size).toBe(1);
    expect(layout.legend[0]!.y).toBeGreaterThan(subtitle!.y);
    expect(layout.chart.y).toBeGreaterThan(layout.legend[0]!.y);
    // The foot: side by side, under the chart, inside the picture.
    expect(asAt!.y).toBe(source!.y);
    expect([asAt!.anchor, source!.anchor]).toEqual(['start', 'end']);
    expect(layout.chart.y + layout.chart.height).toBeLessThan(asAt!.y - 13);
    expect(asAt!.y).toBeLessThan(layout.height);
    expect(layout.chart.height).toBeGreaterThan(layout.height / 2);
  });

  it('wraps a legend that does not fit one row, and gives the chart less height', () => {
    const long = { ...CSC_022, legend: Array.from({ length: 8 }, (_, i) => `Benchmark line number ${i + 1} (2022/23)`) };
    const wrapped = layoutChartImage(long);
    const rows = [...new Set(wrapped.legend.map((slot) => slot.y))];
    expect(rows.length).toBeGreaterThan(1);
    expect(wrapped.legend.every((slot) => slot.labelX < wrapped.width)).toBe(true);
    expect(wrapped.chart.height).toBeLessThan(layoutChartImage(CSC_022).chart.height);
    expect(wrapped.chart.y).toBeGreaterThan(rows.at(-1)!);
  });

  it('puts a long source under "data as at" rather than over it', () => {
    const layout = layoutChartImage({ ...CSC_022, source: `Source: ${'A very long report title '.repeat(4)}` });
    const [asAt, source] = layout.text.slice(-2);
    expect(asAt!.y).toBeLessThan(source!.y);
    expect(source!.anchor).toBe('start');
  });

  it('gives the chart all the height between header and foot when there is no legend', () => {
    const layout = layoutChartImage({ ...CSC_022, legend: [] });
    expect(layout.legend).toEqual([]);
    expect(layout.chart.height).toBeGreaterThan(layoutChartImage(CSC_022).chart.height);
  });
});

describe('wrapText', () => {
  it('keeps a short title on one line and wraps a long one, ending with … past the last line', () => {
    expect(wrapText('CSC 022: Monthly %', 900, 22, 'bold', 2)).toEqual(['CSC 022: Monthly %']);
    const lines = wrapText('word '.repeat(100), 300, 20, 'normal', 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
