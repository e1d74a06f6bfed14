import { render, screen } from '@testing-library/react';
import { XmrChart, type XmrLines, type XmrPoint, type XmrSignal } from '../../../src/components/charts/xmr-chart';

// Sixteen months from Apr 2022: ordinary months, one concern (Aug 2022), a run of improvements and one neither.
const SIGNALS: Record<number, XmrSignal> = { 4: 'concern', 10: 'improvement', 11: 'improvement', 12: 'improvement', 15: 'neither' };

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

const data: XmrPoint[] = Array.from({ length: 16 }, (_, i) => {
  const label = `${MONTHS[i % 12]} ${i >= 9 ? 2023 : 2022}`;
  const value = 80 + (i % 3) - (i === 4 ? 20 : 0);
  const signal = SIGNALS[i] ?? 'common-cause';
  return {
    key: `m${i}`,
    tickLabel: i % 3 === 0 ? label : null,
    tooltipLabel: label,
    value,
    valueText: `${value.toFixed(1)}%`,
    signal,
    signalText: signal === 'common-cause' ? null : 'Outside the process limits',
  };
});

const lines: XmrLines = {
  mean: { value: 80, label: 'Average 80.0%' },
  upperLimit: 90,
  lowerLimit: 70,
  limitsLabel: 'Process limits 70.0% and 90.0%',
  twoSigma: { values: [86.7, 73.3], label: 'Warning lines (2 sigma) 73.3% and 86.7%' },
  target: { value: 95, label: 'Target 95%' },
};

function renderChart(overrides: Partial<XmrLines> = {}) {
  return render(
    <XmrChart
      data={data}
      seriesName="Monthly figure"
      valueFormatter={(v) => `${v}%`}
      axis={{ domain: [50, 100], ticks: [50, 60, 70, 80, 90, 100] }}
      lines={{ ...lines, ...overrides }}
    />,
  );
}

describe('XmrChart', () => {
  it('draws a mark for every month, special causes by their own shape', () => {
    const { container } = renderChart();
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(container.querySelectorAll('.xmr-point')).toHaveLength(16);
    expect(container.querySelectorAll('circle.xmr-point-common-cause')).toHaveLength(11);
    expect(container.querySelectorAll('circle.xmr-point-improvement')).toHaveLength(3);
    expect(container.querySelectorAll('path.xmr-point-concern')).toHaveLength(1);
    expect(container.querySelectorAll('rect.xmr-point-neither')).toHaveLength(1);
  });

  it('draws the average, both limits, the 2-sigma lines and the target, each with its own line style', () => {
    const { container } = renderChart();
    const style = (selector: string) => [...container.querySelectorAll(`${selector} line`)].map((line) => line.getAttribute('stroke-dasharray'));
    expect(style('.xmr-mean')).toEqual([null]);
    expect(style('.xmr-limit')).toEqual(['6 4', '6 4']);
    expect(style('.xmr-two-sigma')).toEqual(['1 4', '1 4']);
    expect(style('.xmr-target')).toEqual(['12 4 2 4']);
  });

  it('explains every line and every kind of mark it shows in an HTML legend', () => {
    renderChart();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Monthly figure',
      'Average 80.0%',
      'Process limits 70.0% and 90.0%',
      'Warning lines (2 sigma) 73.3% and 86.7%',
      'Target 95%',
      'Special cause: improvement',
      'Special cause: concern',
      'Special cause: neither better nor worse',
    ]);
  });

  it('leaves out what is not there: no 2-sigma lines or target asked for, no kind of signal that did not occur', () => {
    const { container } = render(
      <XmrChart
        data={data.map((p) => ({ ...p, signal: 'common-cause', signalText: null }))}
        seriesName="Monthly figure"
        valueFormatter={(v) => `${v}%`}
        axis={{ domain: [50, 100], ticks: [50, 60, 70, 80, 90, 100] }}
        lines={{ ...lines, twoSigma: null, target: null }}
      />,
    );
    expect(container.querySelectorAll('.xmr-two-sigma, .xmr-target')).toHaveLength(0);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Monthly figure', 'Average 80.0%', 'Process limits 70.0% and 90.0%']);
  });

  it('labels only the months given a tick', () => {
    const { container } = renderChart();
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks).toEqual(['Apr 2022', 'Jul 2022', 'Oct 2022', 'Jan 2023', 'Apr 2023', 'Jul 2023']);
  });

  it('leaves the drawing to the caption and table for assistive technology', () => {
    const { container } = renderChart();
    expect(container.querySelector('svg.recharts-surface')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(container.querySelector('[tabindex="0"]')).toBeNull();
  });
});

describe('XmrChart with segments', () => {
  it('draws each segment\'s own mean and limits, marks the rebase with its label, and leaves a short segment bare', () => {
    const { container } = render(
      <XmrChart
        data={data}
        segments={[
          { start: 0, end: 11, limits: { mean: 80, upper: 90, lower: 70, twoSigma: [] }, startLabel: null, baselineEnd: null },
          { start: 12, end: 15, limits: null, startLabel: 'Rebased Apr 2023: new front door', baselineEnd: null },
        ]}
        seriesName="Monthly figure"
        valueFormatter={(v) => `${v}%`}
        axis={{ domain: [50, 100], ticks: [50, 60, 70, 80, 90, 100] }}
        lines={{ ...lines, mean: { value: 0, label: 'Average of each segment' }, limitsLabel: 'Process limits of each segment', twoSigma: null }}
      />,
    );
    expect(container.querySelectorAll('.xmr-mean')).toHaveLength(1);
    expect(container.querySelectorAll('.xmr-limit')).toHaveLength(2);
    expect(container.querySelectorAll('.xmr-rebase')).toHaveLength(1);
    expect(screen.getByText('Rebased Apr 2023: new front door')).toBeInTheDocument();
    expect(screen.getByText('Rebase: limits recalculated from here')).toBeInTheDocument();
  });
});
