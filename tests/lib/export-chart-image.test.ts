import { buildChartSvg, readChartLegend } from '../../src/lib/export-chart-image';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TEXT = {
  title: 'CSC 022: Monthly % of referrals completed within 1 working day',
  subtitle: 'Darlington Borough Council · Sep 2023',
  asAt: 'Data as at 30 September 2023',
  source: "Source: Darlington Borough Council, Children's Social Care Performance & Practice Report",
};

function drawnChart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('width', '912');
  svg.setAttribute('height', '380');
  svg.setAttribute('style', 'width: 100%');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M0 0L10 10');
  svg.append(path);
  return svg;
}

/** The chart's HTML legend as the chart wrappers draw it: a list, each entry a swatch and its words. */
function drawnLegend(labels: string[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const label of labels) {
    const item = document.createElement('li');
    const swatch = document.createElementNS(SVG_NS, 'svg');
    swatch.setAttribute('width', '28');
    swatch.setAttribute('height', '12');
    swatch.append(document.createElementNS(SVG_NS, 'line'));
    item.append(swatch, label);
    list.append(item);
  }
  const wrapper = document.createElement('div');
  wrapper.append(list);
  return list;
}

describe('buildChartSvg', () => {
  it('makes a 16:9 picture: title, subtitle, legend with its swatches, the chart, "data as at" and source', () => {
    const chart = drawnChart();
    const legend = readChartLegend(drawnLegend(['Monthly figure', 'Target 90%']).parentElement!);
    const { svg, width, height } = buildChartSvg(chart, legend, TEXT);
    expect([width, height]).toEqual([960, 540]);
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 960 540');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect([...root.querySelectorAll(':scope > text')].map((t) => t.textContent)).toEqual([TEXT.title, TEXT.subtitle, TEXT.asAt, TEXT.source, 'Monthly figure', 'Target 90%']);
    // Two swatches and the chart, each its own nested picture.
    expect(root.querySelectorAll(':scope > svg')).toHaveLength(3);
    const copy = root.querySelector(':scope > svg.recharts-surface')!;
    expect(copy.querySelector('path')?.getAttribute('d')).toBe('M0 0L10 10');
    expect(copy.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(chart.getAttribute('style')).toBe('width: 100%');
  });

  it('writes a title and legend from the data as text, never as markup', () => {
    const legend = readChartLegend(drawnLegend(['<b>Target</b>']).parentElement!);
    const { svg } = buildChartSvg(drawnChart(), legend, { ...TEXT, title: '<script>alert(1)</script>', subtitle: '<img src=x onerror=alert(1)>' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('readChartLegend', () => {
  it("reads each entry's words and swatch", () => {
    const legend = readChartLegend(drawnLegend(['Monthly figure', 'Sep 2023']).parentElement!);
    expect(legend.map((item) => item.label)).toEqual(['Monthly figure', 'Sep 2023']);
    expect(legend.every((item) => item.swatch?.getAttribute('width') === '28')).toBe(true);
  });
});
