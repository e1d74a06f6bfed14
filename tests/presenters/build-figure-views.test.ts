import { buildAnnualFigureView, buildMonthlyFigureView } from '../../src/presenters/build-figure-views';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod } from '../../src/domain/period';
import { csc176, csc178 } from '../fixtures/make-measure';
import { makeMeasure } from '../fixtures/make-measure';

describe('buildMonthlyFigureView', () => {
  it('maps the months to chart points with finished text and the fraction for the tooltip', () => {
    const view = buildMonthlyFigureView(csc178, createQuarterPeriod(2023, 2));
    expect(view.points).toHaveLength(12);
    expect(view.points[3]).toEqual({ key: '2023-07', label: 'Jul', tooltipLabel: 'Jul 2023', value: 42.9, valueText: '42.9%', detail: '6 / 14', reference: null });
    expect(view.points[6]).toEqual({ key: '2023-10', label: 'Oct', tooltipLabel: 'Oct 2023', value: null, valueText: '—', detail: null, reference: null });
    expect(view.highlight).toEqual({ fromKey: '2023-07', toKey: '2023-09', label: 'Selected period: Q2 2023/24' });
  });

  it('draws last year as a comparison and the target, where the report prints one, as the target', () => {
    expect(buildMonthlyFigureView(csc178, createMonthPeriod('2023-09')).references).toEqual([
      { value: 74.4, label: '2022/23 outturn 74.4%', kind: 'comparison' },
    ]);
    expect(buildMonthlyFigureView(csc176, createMonthPeriod('2023-09')).references).toEqual([
      { value: 95, label: 'Target 95%', kind: 'target' },
      { value: 74.4, label: '2022/23 outturn 74.4%', kind: 'comparison' },
    ]);
    const comparator = makeMeasure({ id: 'cic-rate', unit: 'rate-per-10k', polarity: 'neutral', target: 95, monthly: [{ month: '2023-09', value: 159.1 }] });
    expect(buildMonthlyFigureView(comparator, createMonthPeriod('2023-09')).references[0]?.label).toBe('Comparator 95 per 10k');
  });

  it('does not shade a whole year, whose every month is selected', () => {
    expect(buildMonthlyFigureView(csc178, createYearPeriod(2023)).highlight).toBeNull();
  });

  it('gives nothing to draw and no table rows for a year without monthly figures', () => {
    const view = buildMonthlyFigureView(csc178, createYearPeriod(2022));
    expect(view.points).toEqual([]);
    expect(view.table.rows).toEqual([]);
    expect(view.summary).toBe('No monthly figures.');
  });
});

describe('buildAnnualFigureView', () => {
  it('labels the current year as year to date on the axis, in the tooltip and in the legend', () => {
    const view = buildAnnualFigureView(csc176, '2023/24');
    expect(view.points.map((p) => [p.label, p.partial])).toEqual([
      ['2020/21', false],
      ['2021/22', false],
      ['2022/23', false],
      ['2023/24 (year to date)', true],
    ]);
    expect(view.points[3]).toMatchObject({ tooltipLabel: '2023/24: year to date, Apr–Sep 2023', valueText: '73.1%', detail: '76 / 104' });
    expect(view.partialLabel).toBe('2023/24: year to date, Apr–Sep 2023');
    expect(view.axis.domain).toEqual([0, 100]);
  });

  it('gives the table a status column only where there is a target', () => {
    expect(buildAnnualFigureView(csc176, '2023/24').table.columns.map((c) => c.header)).toEqual(['Figure', 'Numerator', 'Denominator', 'Target', 'Status']);
    expect(buildAnnualFigureView(csc176, '2023/24').table.rows[0]?.cells).toEqual(['89.5%', '112', '126', '95%', { status: 'off-target', label: 'Off target' }]);
    expect(buildAnnualFigureView(csc178, '2023/24').table.columns.map((c) => c.header)).toEqual(['Figure', 'Numerator', 'Denominator']);
  });
});
