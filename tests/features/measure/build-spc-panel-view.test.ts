import type { Measure, MonthlyPoint } from '../../../src/domain/indicators';
import { createMonthPeriod, shiftMonth } from '../../../src/domain/period';
import { buildSpcPanelView } from '../../../src/features/measure/build-spc-panel-view';
import { analyseSpc } from '../../../src/domain/spc/analyse-spc';
import { makeMeasure } from '../../fixtures/make-measure';

const AUTHORITY = {
  authority: { name: 'Test Council' },
  title: 'Performance report',
  reportingPeriod: { financialYear: '2023/24', quarter: 2, asAt: '2023-09-30' },
} as const;

/** Monthly figures from April 2022, one a month. */
function months(values: (number | null)[]): MonthlyPoint[] {
  return values.map((value, i) => ({ month: shiftMonth('2022-04', i), value }));
}

// 18 months around 80%, with one low month (Aug 2023) far below the rest.
const STEADY = [80, 82, 79, 81, 80, 83, 78, 81, 80, 82, 79, 81, 80, 82, 81, 80, 65, 82];

function measure(overrides: Partial<Measure> = {}): Measure {
  return makeMeasure({ id: 'csc-900', code: 'CSC 900', title: 'Test measure', monthly: months(STEADY), target: 90, ...overrides });
}

/** The panel as the measure page builds it: from the measure's SPC result as it stood at the end of the month. */
function panelOf(m: Measure, month: string, dataset: Parameters<typeof buildSpcPanelView>[3] = AUTHORITY) {
  return buildSpcPanelView(m, analyseSpc(m, { throughMonth: month }), createMonthPeriod(month), dataset);
}

function okView(m: Measure, month = '2023-09') {
  const view = panelOf(m, month);
  if (view.status !== 'ok') throw new Error(`expected SPC, got: ${view.message}`);
  return view;
}

describe('buildSpcPanelView', () => {
  it('gives the chart finished lines and points, and the table each month with its signal in words', () => {
    const view = okView(measure());
    expect(view.chart.data).toHaveLength(18);
    const august = view.chart.data.find((p) => p.key === '2023-08');
    expect(august).toMatchObject({ tooltipLabel: 'Aug 2023', valueText: '65.0%', signal: 'concern', signalText: 'A single point outside the process limits' });
    expect(view.chart.lines.mean.label).toMatch(/^Average \d+\.\d%$/);
    expect(view.chart.lines.limitsLabel).toMatch(/^Process limits \d+\.\d% and \d+\.\d%$/);
    expect(view.chart.lines.target).toEqual({ value: 90, label: 'Target 90%' });
    expect(view.table.caption).toBe('CSC 900: monthly figures and SPC signals, Apr 2022–Sep 2023');
    expect(view.table.rows.find((r) => r.key === '2023-08')?.cells).toEqual(['65.0%', 'Concern: a single point outside the process limits']);
    expect(view.table.rows.find((r) => r.key === '2023-09')?.cells).toEqual(['82.0%', 'Common cause']);
    expect(view.tableToggle).toBe('Show the 18 months as a table');
    expect(view.exportImage).toEqual({
      title: 'CSC 900: Test measure',
      subtitle: 'Test Council · Statistical process control, Apr 2022–Sep 2023',
      asAt: 'Data as at 30 September 2023',
      source: 'Source: Test Council, Performance report',
      fileName: 'csc-900-spc-2023-09',
    });
  });

  it('zooms the axis to the figures, limits and target, and says so', () => {
    const view = okView(measure());
    const [from, to] = view.chart.axis.domain;
    expect(from).toBeGreaterThan(0);
    expect(to).toBeLessThanOrEqual(100);
    expect(from).toBeLessThanOrEqual(65);
    expect(to).toBeGreaterThanOrEqual(90);
    expect(view.chart.axis.ticks[0]).toBe(from);
    expect(view.chart.axis.ticks.at(-1)).toBe(to);
    expect(view.axisNote).toBe(`Axis from ${from}% to ${to}%, not 0% to 100%, so that small changes show`);
  });

  it('labels each quarter on a short series and each April on a long one', () => {
    const short = okView(measure());
    expect(short.chart.data.flatMap((p) => p.tickLabel ?? [])).toEqual(['Apr 2022', 'Jul 2022', 'Oct 2022', 'Jan 2023', 'Apr 2023', 'Jul 2023']);
    const long = okView(measure({ monthly: months([...STEADY, ...STEADY]) }), '2025-03');
    expect(long.chart.data.flatMap((p) => p.tickLabel ?? [])).toEqual(['Apr 2022', 'Apr 2023', 'Apr 2024']);
  });

  it('draws only the 2-sigma lines inside the drawn limits: a percentage cannot go past 100%', () => {
    const high = okView(measure({ monthly: months([99, 100, 98, 100, 99, 97, 100, 99, 98, 100, 99, 100, 98, 99, 100, 99, 98, 100]), target: 95 }));
    expect(high.chart.lines.upperLimit).toBe(100);
    expect(high.chart.lines.twoSigma?.values).toHaveLength(1);
    expect(high.chart.lines.twoSigma?.label).toMatch(/^Warning line \(2 sigma\) \d+\.\d%$/);
    expect(high.explanations).toContainEqual(expect.stringMatching(/^The upper limit \(10\d\.\d%\) is above 100%, which cannot happen, so it is drawn at the edge\.$/));
  });

  it('calls a neutral measure\'s line a comparator, and has no target line without one', () => {
    expect(okView(measure({ polarity: 'neutral' })).chart.lines.target?.label).toBe('Comparator 90%');
    expect(okView(measure({ target: null })).chart.lines.target).toBeNull();
  });

  it('with too few months gives the message, and offers the demo unless this already is it', () => {
    const six = measure({ monthly: months(STEADY.slice(0, 6)) });
    expect(panelOf(six, '2022-09')).toEqual({
      status: 'unavailable',
      message: 'Not enough data for SPC (6 of 15 months)',
      offerDemo: true,
    });
    expect(panelOf(six, '2022-09', { ...AUTHORITY, synthetic: true })).toMatchObject({ offerDemo: false });
  });
});
