import { render, screen } from '@testing-library/react';
import { TrendLineChart } from '../../../src/components/charts/trend-line-chart';
import type { ChartPoint } from '../../../src/presenters/chart-views';

const LABELS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
// CSC 022, 2023/24: six months reported, six still empty.
const VALUES = [82.4, 86.7, 72.9, 86.3, 65.0, 81.3];

const data: ChartPoint[] = LABELS.map((label, i) => {
  const value = VALUES[i] ?? null;
  return { key: `m${i}`, label, tooltipLabel: label, value, valueText: value === null ? '—' : `${value.toFixed(1)}%`, detail: null };
});

function renderChart(highlight: { fromKey: string; toKey: string; label: string } | null = { fromKey: 'm3', toKey: 'm5', label: 'Selected period: Q2 2023/24' }) {
  return render(
    <TrendLineChart
      data={data}
      seriesName="Monthly figure"
      valueFormatter={(v) => `${v}%`}
      axis={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
      references={[
        { value: 90, label: 'Target 90%', kind: 'target' },
        { value: 84.1, label: '2022/23 outturn 84.1%', kind: 'comparison' },
      ]}
      highlight={highlight}
    />,
  );
}

describe('TrendLineChart', () => {
  it('draws a dot for each month with a figure and none for empty months', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(6);
  });

  it('draws the target and last year as labelled lines, and shades the selected period', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2);
    expect(container.querySelectorAll('.recharts-reference-area')).toHaveLength(1);
    expect([...container.querySelectorAll('.recharts-label')].map((label) => label.textContent)).toEqual(['Target 90%', '2022/23 outturn 84.1%']);
    // Jul to Sep: a band three months wide, from half a month before July's tick.
    const tickX = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => Number(t.getAttribute('x')));
    const step = tickX[1]! - tickX[0]!;
    const band = container.querySelector('.recharts-reference-area-rect');
    expect(Number(band?.getAttribute('x'))).toBeCloseTo(tickX[3]! - step / 2);
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(3 * step);
    // The legend is HTML text, so it wraps and zooms, and the line styles differ without colour.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Monthly figure',
      'Target 90%',
      '2022/23 outturn 84.1%',
      'Selected period: Q2 2023/24',
    ]);
  });

  it('labels the axis with the formatter and all twelve months', () => {
    const { container } = renderChart(null);
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual([...LABELS, '0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('leaves the drawing to the caption and table for assistive technology', () => {
    const { container } = renderChart();
    expect(container.querySelector('svg.recharts-surface')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelector('[tabindex="0"]')).toBeNull();
  });
});
