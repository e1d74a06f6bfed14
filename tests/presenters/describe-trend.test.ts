import { buildAnnualChartData } from '../../src/domain/build-annual-chart-data';
import { buildMonthlyChartData } from '../../src/domain/build-monthly-chart-data';
import { describeAnnualTrend, describeMonthlyTrend } from '../../src/presenters/describe-trend';
import { createMonthPeriod } from '../../src/domain/period';
import { csc022, csc026, csc178, csc201, makeMeasure, monthsFrom } from '../fixtures/make-measure';

const SEP = createMonthPeriod('2023-09');

describe('describeMonthlyTrend', () => {
  it('gives first and last, low and high, and says the target was missed every month', () => {
    expect(describeMonthlyTrend(buildMonthlyChartData(csc022, SEP), csc022)).toBe(
      'Fell from 82.4% in Apr 2023 to 81.3% in Sep 2023; lowest 65.0% in Aug 2023, highest 86.7% in May 2023; below the 90% target every month.',
    );
  });

  it('names the months that missed a lower-is-better target when most met it', () => {
    expect(describeMonthlyTrend(buildMonthlyChartData(csc026, SEP), csc026)).toBe(
      'Same figure in Apr 2023 and Sep 2023: 1.4%; lowest 1.0% in Jul 2023, highest 6.0% in Aug 2023; at or below the 5% target in 5 of 6 months; above it in Aug 2023.',
    );
  });

  it('says when every month met the target', () => {
    const met = { ...csc022, target: 60 };
    expect(describeMonthlyTrend(buildMonthlyChartData(met, SEP), met)).toMatch(/; at or above the 60% target every month\.$/);
  });

  it('has no target wording for a measure without a target, or a neutral one with a comparator', () => {
    // The report prints no target for CSC 178 (the 95% is under CSC 176).
    expect(describeMonthlyTrend(buildMonthlyChartData(csc178, SEP), csc178)).toBe(
      'Fell from 90.9% in Apr 2023 to 83.9% in Sep 2023; lowest 42.9% in Jul 2023, highest 90.9% in Apr 2023.',
    );
    const comparator = { ...csc201, target: 300 };
    expect(describeMonthlyTrend(buildMonthlyChartData(comparator, SEP), comparator)).toBe(
      'Rose from 322 in Apr 2023 to 354 in Sep 2023; lowest 322 in Apr 2023, highest 358 in Jul 2023.',
    );
  });

  it('says a figure that never moved once, without a lowest and highest', () => {
    // CSC 227: 100.0% of children in care allocated every month.
    const allocated = makeMeasure({ id: 'csc-227', target: 100, monthly: monthsFrom([100, 100, 100, 100, 100, 100]) });
    expect(describeMonthlyTrend(buildMonthlyChartData(allocated, SEP), allocated)).toBe(
      '100.0% in every month from Apr 2023 to Sep 2023; at or above the 100% target every month.',
    );
  });

  it('handles no figures and a single figure', () => {
    const empty = makeMeasure({ id: 'empty', target: 90, monthly: monthsFrom([]) });
    expect(describeMonthlyTrend(buildMonthlyChartData(empty, SEP), empty)).toBe('No monthly figures.');
    const one = makeMeasure({ id: 'one', target: 90, monthly: monthsFrom([null, null, null, null, null, 81.3]) });
    expect(describeMonthlyTrend(buildMonthlyChartData(one, SEP), one)).toBe('Only one monthly figure: 81.3% in Sep 2023; below the 90% target.');
  });

  it('mentions months missing between the first and last figure, not the months still to come', () => {
    // Missing episodes placed 20+ miles away: Apr, May and Sep blank in the report.
    const gappy = makeMeasure({ id: 'gappy', unit: 'count', polarity: 'neutral', monthly: monthsFrom([null, null, 3, 1, 2, null]) });
    expect(describeMonthlyTrend(buildMonthlyChartData(gappy, SEP), gappy)).toBe(
      'Fell from 3 in Jun 2023 to 2 in Aug 2023; lowest 1 in Jul 2023, highest 3 in Jun 2023.',
    );
    const hole = { ...csc022, monthly: monthsFrom([82.4, 86.7, null, 86.3, 65.0, 81.3]) };
    expect(describeMonthlyTrend(buildMonthlyChartData(hole, SEP), hole)).toContain('; no figure for Jun 2023;');
  });
});

describe('describeAnnualTrend', () => {
  it('lists every year, labels the current one as year to date, and judges the target', () => {
    expect(describeAnnualTrend(buildAnnualChartData(csc022, '2023/24'), csc022)).toBe(
      'Annual figures: 77.7% in 2020/21, 72.1% in 2021/22, 84.1% in 2022/23 and 79.5% in 2023/24 (year to date, Apr–Sep 2023); below the 90% target every year.',
    );
  });

  it('says which years have no figure, and calls a snapshot year so far its latest position', () => {
    const blank = { ...csc201, annual: [{ year: '2020/21', value: null }, ...csc201.annual.slice(1)] };
    expect(describeAnnualTrend(buildAnnualChartData(blank, '2023/24'), blank)).toBe(
      'Annual figures: 273 in 2021/22, 322 in 2022/23 and 354 in 2023/24 (position at end of Sep 2023); no figure for 2020/21.',
    );
    expect(describeAnnualTrend([], csc201)).toBe('No annual figures.');
  });
});
