import { buildAnnualChartData } from '../../src/domain/build-annual-chart-data';
import { csc022, csc178, csc181, makeMeasure, monthsFrom } from '../fixtures/make-measure';

describe('buildAnnualChartData', () => {
  it('lists the Annual Trend oldest first with status against the target', () => {
    const points = buildAnnualChartData(csc022, '2023/24');
    expect(points.map((p) => [p.year, p.value, p.status])).toEqual([
      ['2020/21', 77.7, 'off-target'],
      ['2021/22', 72.1, 'off-target'],
      ['2022/23', 84.1, 'off-target'],
      ['2023/24', 79.5, 'off-target'],
    ]);
  });

  it('marks the reporting year as year to date, through its last month with a figure', () => {
    const points = buildAnnualChartData(csc178, '2023/24');
    expect(points.at(-1)).toMatchObject({ year: '2023/24', value: 73.1, numerator: 76, denominator: 104, yearToDate: true, throughMonth: '2023-09' });
    expect(points.slice(0, 3).every((p) => !p.yearToDate && p.throughMonth === null)).toBe(true);
  });

  it('does not call a year complete through March year to date', () => {
    const wholeYear = makeMeasure({
      id: 'whole',
      monthly: monthsFrom([80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80]),
      annual: [{ year: '2023/24', value: 80 }],
    });
    expect(buildAnnualChartData(wholeYear, '2023/24')[0]).toMatchObject({ yearToDate: false, throughMonth: null });
  });

  it('keeps a blank year as null, not zero, and sorts years given out of order', () => {
    const points = buildAnnualChartData({ ...csc181, annual: [...csc181.annual].reverse() }, '2023/24');
    expect(points.map((p) => p.year)).toEqual(['2020/21', '2021/22', '2022/23', '2023/24']);
    expect(points[0]).toMatchObject({ value: null, status: 'no-target' });
  });
});
