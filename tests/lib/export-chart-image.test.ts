import { buildChartSvg } from '../../src/lib/export-chart-image';

function drawnChart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  svg.setAttribute('style', 'width: 100%');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M0 0L10 10');
  svg.append(path);
  return svg;
}

describe('buildChartSvg', () => {
  it('puts the chart on a white background under its title and period, leaving the page untouched', () => {
    const chart = drawnChart();
    const { svg, width, height } = buildChartSvg(chart, { title: 'CSC 022: Monthly % of referrals', subtitle: 'Darlington Borough Council · Sep 2023' });
    expect([width, height]).toEqual([632, 372]);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 632 372');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect([...root.querySelectorAll(':scope > text')].map((t) => t.textContent)).toEqual([
      'CSC 022: Monthly % of referrals',
      'Darlington Borough Council · Sep 2023',
    ]);
    expect(root.querySelector('svg path')?.getAttribute('d')).toBe('M0 0L10 10');
    expect(chart.getAttribute('style')).toBe('width: 100%');
  });

  it('writes a title from the data as text, never as markup', () => {
    const { svg } = buildChartSvg(drawnChart(), { title: '<script>alert(1)</script>', subtitle: '<img src=x onerror=alert(1)>' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
