import { aggregatePeriod, readPointValue } from '../../src/domain/aggregate-period';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod, type Period } from '../../src/domain/period';
import type { Measure } from '../../src/domain/indicators';
import { csc022, csc036, csc178, csc181, csc201, csc215Children, csc215Episodes, makeMeasure, monthsFrom } from '../fixtures/make-measure';
import { describeCoverage } from '../../src/presenters/describe-coverage';

// Each figure with what a reader is told it stands for (the tiles' note), as every screen words it.
const aggregate = (measure: Measure, period: Period, reportingFinancialYear?: string) => {
  const result = aggregatePeriod(measure, period, reportingFinancialYear);
  return { ...result, note: describeCoverage(result, period) };
};

const q1 = createQuarterPeriod(2023, 1);
const q2 = createQuarterPeriod(2023, 2);
const q3 = createQuarterPeriod(2023, 3);
const fy2023 = createYearPeriod(2023);

describe('aggregatePeriod for a month', () => {
  it("takes the month's figure: the August 2023 referrals dip", () => {
    const result = aggregate(csc022, createMonthPeriod('2023-08'));
    expect(result).toMatchObject({ value: 65.0, method: 'month', monthsWithData: 1, monthsInPeriod: 1, note: null });
  });

  it('keeps the fraction beside the value', () => {
    expect(aggregate(csc178, createMonthPeriod('2023-07'))).toMatchObject({ value: 42.9, numerator: 6, denominator: 14 });
  });

  it('works out a percentage given only as a fraction', () => {
    const fractionOnly = makeMeasure({ id: 'icpc', monthly: [{ month: '2023-07', numerator: 6, denominator: 14, value: null }] });
    expect(aggregate(fractionOnly, createMonthPeriod('2023-07'))).toMatchObject({ value: 42.9, method: 'weighted' });
  });

  it('gives no figure, with the reason, for a month after the latest reported one', () => {
    const result = aggregate(csc022, createMonthPeriod('2023-10'));
    expect(result).toMatchObject({ value: null, method: 'none', monthsWithData: 0, note: 'No figure for Oct 2023' });
  });
});

describe('aggregatePeriod for a quarter', () => {
  it('takes the last month of a snapshot measure: children in care at the end of Q2', () => {
    const result = aggregate(csc201, q2);
    expect(result).toMatchObject({ value: 354, method: 'last-month', asOfMonth: '2023-09', monthsWithData: 3, monthsInPeriod: 3 });
    expect(result.note).toBe('At 30 Sep 2023');
    expect(aggregate(csc201, q1).value).toBe(343);
  });

  it('says so when a snapshot quarter lacks its last month', () => {
    const toAugust = { ...csc201, monthly: monthsFrom([322, 332, 343, 358, 354]) };
    const result = aggregate(toAugust, q2);
    expect(result).toMatchObject({ value: 354, asOfMonth: '2023-08', monthsWithData: 2, partial: true });
    expect(result.note).toBe('At 31 Aug 2023, the latest month with a figure');
  });

  it('takes the last month of a year-to-date measure and labels it as year to date', () => {
    const result = aggregate(csc036, q2);
    expect(result).toMatchObject({ value: 794, method: 'last-month', asOfMonth: '2023-09', note: 'Year to date (Apr\u2013Sep 2023)' });
    expect(aggregate(csc036, q1).value).toBe(418);
  });

  it('adds up a month-basis additive count: 144 missing episodes in Q2, as the report says', () => {
    expect(aggregate(csc215Episodes, q2)).toMatchObject({ value: 144, method: 'sum', note: null, partial: false });
    expect(aggregate(csc215Episodes, q1).value).toBe(24 + 55 + 38);
  });

  it('notes a sum over part of a quarter', () => {
    const toAugust = { ...csc215Episodes, monthly: monthsFrom([24, 55, 38, 62, 40]) };
    const result = aggregate(toAugust, q2);
    expect(result).toMatchObject({ value: 102, method: 'sum', monthsWithData: 2, partial: true });
    expect(result.note).toBe('Sum of 2 of 3 months (Jul\u2013Aug 2023)');
  });

  it('never adds up distinct children: Q2 falls back to the latest month, not 64', () => {
    const result = aggregate(csc215Children, q2);
    expect(result.value).toBe(19);
    expect(result.value).not.toBe(30 + 15 + 19);
    expect(result).toMatchObject({ method: 'latest-month', asOfMonth: '2023-09' });
    expect(result.note).toMatch(/^Sep 2023 only, not the quarter: .*cannot be added up$/);
  });

  it('weights a percentage by numerators and denominators: Q2 ICPCs = 40/57 = 70.2%', () => {
    const result = aggregate(csc178, q2);
    expect(result).toMatchObject({ value: 70.2, numerator: 40, denominator: 57, method: 'weighted', note: null });
    // The plain mean of 42.9, 66.7 and 83.9 would be 64.5: the wrong figure.
    expect(result.value).not.toBe(64.5);
    // Q1 matches the report's year-to-date column (CSC 176) at June: 36 / 47 = 76.6.
    expect(aggregate(csc178, q1)).toMatchObject({ value: 76.6, numerator: 36, denominator: 47 });
  });

  it('falls back to the latest month, labelled, for a percentage without numerators', () => {
    const result = aggregate(csc022, q2);
    expect(result).toMatchObject({ value: 81.3, method: 'latest-month', asOfMonth: '2023-09', partial: true });
    expect(result.note).toBe('Sep 2023 only, not the quarter: a quarter figure needs numerators and denominators');
  });

  it('falls back when only some months have fractions', () => {
    const mixed = { ...csc178, monthly: csc178.monthly.map((p) => (p.month === '2023-08' ? { month: p.month, value: 66.7 } : p)) };
    expect(aggregate(mixed, q2)).toMatchObject({ value: 83.9, method: 'latest-month' });
  });

  it('falls back for a month-basis rate, which monthly rates cannot add up to', () => {
    const monthlyRate = { ...csc181, basis: 'month' as const };
    const result = aggregate(monthlyRate, q2);
    expect(result).toMatchObject({ value: 55.3, method: 'latest-month' });
    expect(result.note).toBe('Sep 2023 only, not the quarter: a rate for the quarter cannot be worked out from monthly rates');
  });

  it('gives no figure for a quarter without data', () => {
    expect(aggregate(csc178, q3)).toMatchObject({ value: null, method: 'none', monthsInPeriod: 3, note: 'No figure for Q3 2023/24' });
  });
});

describe('aggregatePeriod for a year', () => {
  it('takes a past year from the Annual Trend row', () => {
    const result = aggregate(csc022, createYearPeriod(2022), '2023/24');
    expect(result).toMatchObject({ value: 84.1, method: 'annual-trend', monthsWithData: 0, monthsInPeriod: 12, note: null });
    expect(aggregate(csc178, createYearPeriod(2021), '2023/24')).toMatchObject({ value: 77.5, numerator: 135, denominator: 174 });
  });

  it('labels the reporting year from the Annual Trend row as year to date', () => {
    const result = aggregate(csc022, fy2023, '2023/24');
    expect(result).toMatchObject({ value: 79.5, method: 'annual-trend', monthsWithData: 6, partial: true });
    expect(result.note).toBe('Year to date (Apr\u2013Sep 2023), from the Annual Trend row');
  });

  it('works out a year without an Annual Trend row from its months', () => {
    const noTrend = { ...csc178, annual: [] };
    // Matches the report's own year to date: 76 / 104 = 73.1.
    expect(aggregate(noTrend, fy2023, '2023/24')).toMatchObject({
      value: 73.1,
      numerator: 76,
      denominator: 104,
      method: 'weighted',
      note: 'Year to date (Apr\u2013Sep 2023)',
    });
    const episodes = aggregate({ ...csc215Episodes, annual: [] }, fy2023, '2023/24');
    expect(episodes).toMatchObject({ value: 261, method: 'sum', monthsWithData: 6, note: 'Year to date (Apr\u2013Sep 2023)' });
  });

  it('gives no figure for a year with neither months nor a trend figure', () => {
    expect(aggregate(csc022, createYearPeriod(2019), '2023/24')).toMatchObject({
      value: null,
      method: 'none',
      note: 'No figure for 2019/20',
    });
    // CSC 181's 2020/21 rate is blank in the report.
    expect(aggregate(csc181, createYearPeriod(2020), '2023/24').method).toBe('none');
  });
});

describe('readPointValue', () => {
  it('takes the value when there is one, and works out a percentage from its fraction to 1 dp otherwise', () => {
    expect(readPointValue({ month: '2023-04', value: 12, numerator: 1, denominator: 3 }, 'percent')).toBe(12);
    expect(readPointValue({ month: '2023-04', value: null, numerator: 1, denominator: 3 }, 'percent')).toBe(33.3);
    expect(readPointValue({ year: '2023/24', value: null, numerator: 2, denominator: 3 }, 'percent')).toBe(66.7);
  });

  it('gives nothing without a whole, non-zero fraction, or for a count', () => {
    expect(readPointValue({ month: '2023-04', value: null, numerator: 3, denominator: 4 }, 'count')).toBeNull();
    expect(readPointValue({ month: '2023-04', value: null, numerator: 3, denominator: 4 }, 'rate-per-10k')).toBeNull();
    expect(readPointValue({ month: '2023-04', value: null, numerator: null, denominator: 4 }, 'percent')).toBeNull();
    expect(readPointValue({ month: '2023-04', value: null, numerator: 3 }, 'percent')).toBeNull();
    expect(readPointValue({ month: '2023-04', value: null, denominator: 4 }, 'percent')).toBeNull();
    expect(readPointValue({ month: '2023-04', value: null, numerator: 0, denominator: 0 }, 'percent')).toBeNull();
  });
});

describe('aggregatePeriod edge cases', () => {
  const q4 = createQuarterPeriod(2023, 4);
  const months = (values: Record<string, Partial<{ value: number | null; numerator: number | null; denominator: number | null }>>) =>
    Object.entries(values).map(([month, point]) => ({ month, value: null, ...point }));

  it('gives a missing figure no partial flag', () => {
    expect(aggregate(csc022, q3)).toMatchObject({ value: null, method: 'none', partial: false, monthsWithData: 0, monthsInPeriod: 3 });
    expect(aggregate(csc022, createMonthPeriod('2023-12'))).toMatchObject({ method: 'none', partial: false, note: 'No figure for Dec 2023' });
  });

  it('notes a weighted figure over part of a quarter, and marks it partial', () => {
    const measure = makeMeasure({ id: 'w', monthly: months({ '2023-07': { value: 50, numerator: 5, denominator: 10 }, '2023-08': { value: 75, numerator: 15, denominator: 20 } }) });
    expect(aggregate(measure, q2)).toMatchObject({
      value: 66.7,
      numerator: 20,
      denominator: 30,
      method: 'weighted',
      note: 'Weighted over 2 of 3 months (Jul–Aug 2023)',
      partial: true,
    });
  });

  it('falls back to the latest month when a month has a numerator but no denominator, or no fraction at all', () => {
    const noDenominator = makeMeasure({
      id: 'a',
      monthly: months({ '2023-07': { value: 50, numerator: 5, denominator: 10 }, '2023-08': { value: 60, numerator: 6 }, '2023-09': { value: 70, numerator: 7, denominator: 10 } }),
    });
    expect(aggregate(noDenominator, q2)).toMatchObject({ value: 70, method: 'latest-month', asOfMonth: '2023-09' });
    const noNumerator = makeMeasure({
      id: 'b',
      monthly: months({ '2023-07': { value: 50, numerator: 5, denominator: 10 }, '2023-08': { value: 60, denominator: 10 }, '2023-09': { value: 70, numerator: 7, denominator: 10 } }),
    });
    expect(aggregate(noNumerator, q2)).toMatchObject({ value: 70, method: 'latest-month' });
    const valueOnly = makeMeasure({
      id: 'c',
      monthly: months({ '2023-07': { value: 50, numerator: 5, denominator: 10 }, '2023-08': { value: 60 }, '2023-09': { value: 70, numerator: 7, denominator: 10 } }),
    });
    expect(aggregate(valueOnly, q2)).toMatchObject({ value: 70, method: 'latest-month' });
  });

  it('falls back to the latest month when every denominator is 0', () => {
    const empty = makeMeasure({ id: 'z', monthly: months({ '2023-07': { value: 0, numerator: 0, denominator: 0 }, '2023-08': { value: 0, numerator: 0, denominator: 0 } }) });
    expect(aggregate(empty, q2)).toMatchObject({ value: 0, method: 'latest-month', note: 'Aug 2023 only, not the quarter: a quarter figure needs numerators and denominators' });
  });

  it('never weights a rate, even one given with events and population', () => {
    const rate = makeMeasure({
      id: 'r',
      unit: 'rate-per-10k',
      polarity: 'neutral',
      monthly: months({ '2023-07': { value: 50, numerator: 5, denominator: 1000 }, '2023-08': { value: 60, numerator: 6, denominator: 1000 } }),
    });
    expect(aggregate(rate, q2)).toMatchObject({ value: 60, method: 'latest-month', note: 'Aug 2023 only, not the quarter: a rate for the quarter cannot be worked out from monthly rates' });
  });

  it('lists the months a sum covers: a run not starting the quarter, and months with a gap', () => {
    const measure = (values: Record<string, number>) =>
      makeMeasure({ id: 's', unit: 'count', polarity: 'neutral', additive: true, monthly: months(Object.fromEntries(Object.entries(values).map(([m, v]) => [m, { value: v }]))) });
    expect(aggregate(measure({ '2023-08': 4, '2023-09': 6 }), q2)).toMatchObject({ value: 10, note: 'Sum of 2 of 3 months (Aug–Sep 2023)', partial: true });
    expect(aggregate(measure({ '2023-07': 4, '2023-09': 6 }), q2)).toMatchObject({ value: 10, note: 'Sum of 2 of 3 months (Jul 2023, Sep 2023)' });
    // A year runs from April to its last month with a figure, naming the months the data leaves blank.
    expect(aggregate(measure({ '2023-04': 1, '2023-06': 2 }), fy2023, '2023/24')).toMatchObject({ value: 3, note: 'Year to date (Apr–Jun 2023; May blank in the report)' });
    expect(aggregate(measure({ '2023-04': 1, '2023-05': 2 }), fy2023, '2023/24')).toMatchObject({ value: 3, note: 'Year to date (Apr–May 2023)' });
  });

  it('dates a year-to-date figure from the April of its financial year, in Q1 and in Q4', () => {
    const ytd = makeMeasure({
      id: 'y',
      unit: 'count',
      polarity: 'neutral',
      basis: 'year-to-date',
      monthly: months({ '2023-04': { value: 10 }, '2023-05': { value: 20 }, '2023-06': { value: 30 }, '2024-01': { value: 100 }, '2024-02': { value: 110 }, '2024-03': { value: 120 } }),
    });
    expect(aggregate(ytd, q1)).toMatchObject({ value: 30, note: 'Year to date (Apr–Jun 2023)', partial: false });
    expect(aggregate(ytd, q4)).toMatchObject({ value: 120, note: 'Year to date (Apr 2023–Mar 2024)', partial: false });
  });

  it('does not call a complete reporting year "year to date", and says so when the year has only its Annual Trend figure', () => {
    const complete = makeMeasure({ id: 'full', unit: 'count', polarity: 'neutral', additive: true, monthly: monthsFrom(Array(12).fill(1)), annual: [{ year: '2023/24', value: 12 }] });
    expect(aggregate(complete, fy2023, '2023/24')).toMatchObject({ value: 12, method: 'annual-trend', note: null, partial: false, monthsWithData: 12 });
    const annualOnly = makeMeasure({ id: 'annual', unit: 'count', polarity: 'neutral', annual: [{ year: '2023/24', value: 99 }] });
    expect(aggregate(annualOnly, fy2023, '2023/24')).toMatchObject({ value: 99, note: 'Year to date, from the Annual Trend row', partial: true, monthsWithData: 0 });
  });
});
