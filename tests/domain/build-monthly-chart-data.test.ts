import { buildMonthlyChartData } from '../../src/domain/build-monthly-chart-data';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod } from '../../src/domain/period';
import { csc022, csc026, csc178, csc201, makeMeasure } from '../fixtures/make-measure';

describe('buildMonthlyChartData', () => {
  it('gives the twelve months of the financial year, April first, with empty months as null rather than zero', () => {
    const points = buildMonthlyChartData(csc022, createMonthPeriod('2023-09'));
    expect(points.map((p) => p.label)).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(points.map((p) => p.month).at(-1)).toBe('2024-03');
    expect(points.map((p) => p.value)).toEqual([82.4, 86.7, 72.9, 86.3, 65.0, 81.3, null, null, null, null, null, null]);
  });

  it('judges each month against the target, respecting polarity, and leaves empty months as no data', () => {
    const referrals = buildMonthlyChartData(csc022, createMonthPeriod('2023-09'));
    expect(referrals.slice(0, 7).map((p) => p.status)).toEqual([
      'off-target', // 82.4 is 7.6 pp short of 90
      'near-target', // 86.7 is within the 5 pp band
      'off-target',
      'near-target',
      'off-target',
      'off-target',
      'no-data',
    ]);
    expect(referrals[0]?.target).toBe(90);
    // Lower is better: August's 6.0% is over the 5% target.
    expect(buildMonthlyChartData(csc026, createMonthPeriod('2023-09')).slice(3, 6).map((p) => p.status)).toEqual(['on-target', 'near-target', 'on-target']);
    expect(buildMonthlyChartData(csc201, createMonthPeriod('2023-09'))[0]?.status).toBe('no-target');
  });

  it('carries numerators and denominators where the report gives them', () => {
    const points = buildMonthlyChartData(csc178, createMonthPeriod('2023-07'));
    expect(points[3]).toMatchObject({ month: '2023-07', value: 42.9, numerator: 6, denominator: 14 });
    expect(points[6]).toMatchObject({ month: '2023-10', value: null, numerator: null, denominator: null });
    expect(buildMonthlyChartData(csc022, createMonthPeriod('2023-07'))[3]).toMatchObject({ numerator: null, denominator: null });
  });

  it('works a percentage out from its fraction when only the fraction is printed', () => {
    const iha = makeMeasure({ id: 'iha', monthly: [{ month: '2023-06', value: null, numerator: 27, denominator: 44 }] });
    expect(buildMonthlyChartData(iha, createMonthPeriod('2023-06'))[2]?.value).toBe(61.4);
  });

  it('marks the months of the selected period', () => {
    const quarter = buildMonthlyChartData(csc022, createQuarterPeriod(2023, 2));
    expect(quarter.filter((p) => p.inPeriod).map((p) => p.label)).toEqual(['Jul', 'Aug', 'Sep']);
    expect(buildMonthlyChartData(csc022, createMonthPeriod('2023-08')).filter((p) => p.inPeriod).map((p) => p.month)).toEqual(['2023-08']);
    expect(buildMonthlyChartData(csc022, createYearPeriod(2023)).every((p) => p.inPeriod)).toBe(true);
  });

  it('follows the financial year of the period: an earlier year has no monthly figures here', () => {
    const points = buildMonthlyChartData(csc022, createYearPeriod(2022));
    expect(points[0]?.month).toBe('2022-04');
    expect(points.every((p) => p.value === null)).toBe(true);
  });
});
