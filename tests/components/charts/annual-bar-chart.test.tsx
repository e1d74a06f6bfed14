import { render, screen } from '@testing-library/react';
import { AnnualBarChart } from '../../../src/components/charts/annual-bar-chart';
import type { AnnualBarPoint } from '../../../src/presenters/chart-views';

// CSC 178 Annual Trend; 2023/24 is April to September only.
const data: AnnualBarPoint[] = [
  { key: '2020/21', label: '2020/21', tooltipLabel: '2020/21', value: 89.5, valueText: '89.5%', detail: '112 / 126', partial: false },
  { key: '2021/22', label: '2021/22', tooltipLabel: '2021/22', value: 77.5, valueText: '77.5%', detail: '135 / 174', partial: false },
  { key: '2022/23', label: '2022/23', tooltipLabel: '2022/23', value: 74.4, valueText: '74.4%', detail: '116 / 156', partial: false },
  { key: '2023/24', label: '2023/24 (year to date)', tooltipLabel: '2023/24, year to date', value: 73.1, valueText: '73.1%', detail: '76 / 104', partial: true },
];

function renderChart() {
  return render(
    <AnnualBarChart
      data={data}
      seriesName="Annual figure"
      valueFormatter={(v) => `${v}%`}
      axis={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
      references={[{ value: 95, label: 'Target 95%', kind: 'target' }]}
      partialLabel="2023/24: year to date, Apr–Sep 2023"
    />,
  );
}

describe('AnnualBarChart', () => {
  it('draws a bar per year, the current one pale with a dashed outline', () => {
    const { container } = renderChart();
    const bars = [...container.querySelectorAll('path.annual-bar')];
    expect(bars).toHaveLength(4);
    expect(bars.map((bar) => bar.getAttribute('stroke-dasharray'))).toEqual([null, null, null, '6 3']);
    expect(new Set(bars.map((bar) => bar.getAttribute('fill'))).size).toBe(2);
  });

  it('labels each bar with its figure and the current year as year to date', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('.recharts-label-list .recharts-label')].map((l) => l.textContent);
    expect(labels).toEqual(['89.5%', '77.5%', '74.4%', '73.1%']);
    const years = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    expect(years).toEqual(['2020/21', '2021/22', '2022/23', '2023/24(year to date)']);
  });

  it('explains the target line and the pale bar in the legend', () => {
    renderChart();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Annual figure',
      'Target 95%',
      '2023/24: year to date, Apr–Sep 2023',
    ]);
  });
});

describe('AnnualBarChart with benchmarks', () => {
  // Synthetic benchmark figures beside CSC 178's bars: the bundled report prints none.
  const withLines = data.map((point, i) => ({ ...point, lines: { england: [84, 83.2, 82.9, null][i] ?? null, neighbours: [80, null, 79.1, null][i] ?? null } }));

  it('draws each benchmark as a line with its own marker, leaving a gap where a year has no figure, and names it in the legend', () => {
    const { container } = render(
      <AnnualBarChart
        data={withLines}
        seriesName="Annual figure"
        valueFormatter={(v) => `${v}%`}
        axis={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] }}
        references={[]}
        partialLabel={null}
        lines={[
          { key: 'england', label: 'England (synthetic)' },
          { key: 'neighbours', label: 'Neighbours (average)' },
        ]}
      />,
    );
    expect(container.querySelectorAll('.benchmark-line')).toHaveLength(2);
    expect(container.querySelectorAll('svg.recharts-surface circle.benchmark-marker-england')).toHaveLength(3);
    expect(container.querySelectorAll('svg.recharts-surface path.benchmark-marker-neighbours')).toHaveLength(2);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Annual figure', 'England (synthetic)', 'Neighbours (average)']);
  });
});
