import { checkIntegrity, isPrintedPercentOf } from '../../src/checks/check-integrity';
import type { Measure } from '../../src/domain/indicators';
import { makeDataset } from '../fixtures/make-dataset';
import { makeMeasure, monthsFrom } from '../fixtures/make-measure';

function findingsFor(...measures: Measure[]) {
  return checkIntegrity(makeDataset({ measures }));
}

function fractions(rows: [number, number, number | null][]): Measure['monthly'] {
  return monthsFrom([]).map((point, i) => {
    const row = rows[i];
    return row ? { month: point.month, numerator: row[0], denominator: row[1], value: row[2] } : point;
  });
}

const count = { unit: 'count' as const, polarity: 'neutral' as const };

describe('checkIntegrity', () => {
  it('finds nothing wrong in a consistent dataset', () => {
    expect(checkIntegrity(makeDataset())).toEqual([]);
  });

  describe('year-to-date against the running sum of the months', () => {
    // CSC 037 / CSC 036 (assessments), which agree in every month.
    const monthly = makeMeasure({ id: 'csc-037', code: 'CSC 037', ...count, additive: true, monthly: monthsFrom([119, 133, 166, 148, 100, 128]) });
    const ytd = (values: number[]) =>
      makeMeasure({ id: 'csc-036', code: 'CSC 036', title: 'Number of C&F assessments completed year to date', ...count, basis: 'year-to-date', cumulativeOf: 'csc-037', monthly: monthsFrom(values) });

    it('accepts a year to date that is the running sum', () => {
      expect(findingsFor(monthly, ytd([119, 252, 418, 566, 666, 794]))).toEqual([]);
    });

    it('reports the month, the printed figure and the running sum', () => {
      const findings = findingsFor(monthly, ytd([119, 252, 418, 565, 666, 794]));
      expect(findings).toEqual([
        {
          kind: 'ytd-mismatch',
          measureId: 'csc-036',
          period: '2023-07',
          message: 'CSC 036 (Number of C&F assessments completed year to date) 2023-07: year to date 565 but the running sum of CSC 037 (csc-037) is 566',
        },
      ]);
    });

    it('finds the report\'s own slip: CSC 208b is 68 at Jul-23 where CSC 209 adds to 69', () => {
      const cic = makeMeasure({ id: 'csc-209', code: 'CSC 209', ...count, additive: true, monthly: monthsFrom([8, 15, 23, 23, 6, 10]) });
      const cumulative = makeMeasure({ id: 'csc-208b', code: 'CSC 208b', ...count, basis: 'year-to-date', cumulativeOf: 'csc-209', monthly: monthsFrom([8, 23, 46, 68, 75, 85]) });
      expect(findingsFor(cic, cumulative)).toMatchObject([{ kind: 'ytd-mismatch', measureId: 'csc-208b', period: '2023-07', message: expect.stringContaining('year to date 68 but the running sum') }]);
    });

    it('stops checking once a month of the base is missing, because the sum is then unknown', () => {
      const gappy = makeMeasure({ ...monthly, monthly: monthsFrom([119, null, 166]) });
      expect(findingsFor(gappy, ytd([119, 999, 999]))).toEqual([]);
    });

    it('skips months the report has not reached yet', () => {
      expect(findingsFor(monthly, ytd([119, 252, 418]))).toEqual([]);
    });
  });

  describe('percentages against numerator / denominator', () => {
    it('accepts the report rounding to one decimal place, either way at an exact .x5', () => {
      expect(isPrintedPercentOf(90.9, 10, 11)).toBe(true);
      expect(isPrintedPercentOf(3.8, 3, 80)).toBe(true); // 3.75
      expect(isPrintedPercentOf(3.7, 3, 80)).toBe(true);
      expect(isPrintedPercentOf(68.8, 11, 16)).toBe(true); // 68.75
      expect(isPrintedPercentOf(0, 0, 12)).toBe(true);
    });

    it('rejects a figure more than half a unit of the last place away', () => {
      expect(isPrintedPercentOf(80.7, 25, 31)).toBe(false); // 80.645
      expect(isPrintedPercentOf(77.5, 135, 174)).toBe(false); // 77.586: truncated, not rounded
    });

    it('reports the month, the printed percentage and the exact one', () => {
      const measure = makeMeasure({ id: 'csc-176', code: 'CSC 176', title: 'ICPC in 15 days (year to date)', monthly: fractions([[10, 11, 90.9], [25, 31, 80.7]]) });
      expect(findingsFor(measure)).toEqual([
        {
          kind: 'fraction-mismatch',
          measureId: 'csc-176',
          period: '2023-05',
          message: 'CSC 176 (ICPC in 15 days (year to date)) 2023-05: printed 80.7% but 25 / 31 is 80.645%',
        },
      ]);
    });

    it('checks Annual Trend fractions too and names the year', () => {
      const measure = makeMeasure({ id: 'csc-178', code: 'CSC 178', annual: [{ year: '2020/21', value: 89.5, numerator: 112, denominator: 126 }] });
      expect(findingsFor(measure)).toMatchObject([{ kind: 'fraction-mismatch', period: '2020/21', message: expect.stringContaining('printed 89.5% but 112 / 126 is 88.889%') }]);
    });

    it('leaves a fraction without a printed percentage alone (the IHA figures)', () => {
      const measure = makeMeasure({ id: 'iha', monthly: fractions([[0, 0, null], [0, 0, null], [27, 44, null]]) });
      expect(findingsFor(measure)).toEqual([]);
    });
  });

  describe('a part against its whole', () => {
    const whole = makeMeasure({ id: 'csc-201', code: 'CSC 201', title: 'Total number of Children in Care', ...count, monthly: monthsFrom([322, 332]), annual: [{ year: '2022/23', value: 322 }] });

    it('accepts a part no bigger than the whole', () => {
      const part = makeMeasure({ id: 'csc-200', ...count, partOf: 'csc-201', monthly: monthsFrom([16, 332]) });
      expect(findingsFor(whole, part)).toEqual([]);
    });

    it('reports a part that exceeds its whole in a month or a year', () => {
      const part = makeMeasure({ id: 'csc-200', code: 'CSC 200', title: 'UASC', ...count, partOf: 'csc-201', monthly: monthsFrom([16, 333]), annual: [{ year: '2022/23', value: 400 }] });
      expect(findingsFor(whole, part)).toEqual([
        { kind: 'part-exceeds-whole', measureId: 'csc-200', period: '2023-05', message: 'CSC 200 (UASC) 2023-05: 333 is more than the 332 of CSC 201 (Total number of Children in Care) it is part of' },
        { kind: 'part-exceeds-whole', measureId: 'csc-200', period: '2022/23', message: expect.stringContaining('400 is more than the 322') },
      ]);
    });

    it('does not compare a percentage with a count', () => {
      const share = makeMeasure({ id: 'uasc-percent', unit: 'percent', partOf: 'csc-201', monthly: monthsFrom([99, 99]) });
      const tiny = makeMeasure({ ...whole, monthly: monthsFrom([5, 5]) });
      expect(findingsFor(tiny, share)).toEqual([]);
    });
  });

  it('reports a measure with no figures at all', () => {
    const empty = makeMeasure({ id: 'empty', title: 'Nothing printed', annual: [{ year: '2020/21', value: null }] });
    expect(findingsFor(empty)).toEqual([{ kind: 'no-figures', measureId: 'empty', period: null, message: 'Nothing printed [empty] has no figures at all' }]);
  });

  it('counts a fraction without a percentage as a figure', () => {
    const fractionOnly = makeMeasure({ id: 'iha', monthly: fractions([[0, 0, null], [0, 0, null], [27, 44, null]]) });
    expect(findingsFor(fractionOnly).filter((f) => f.kind === 'no-figures')).toEqual([]);
  });
});

describe('checkIntegrity edge cases', () => {
  it('accepts any percentage over a 0 denominator, and checks others to half a unit', () => {
    expect(isPrintedPercentOf(50, 0, 0)).toBe(true);
    expect(isPrintedPercentOf(33.3, 1, 3)).toBe(true);
    expect(isPrintedPercentOf(33.4, 1, 3)).toBe(false);
    expect(isPrintedPercentOf(33.25, 1, 3)).toBe(false);
  });

  it('counts a numerator alone or a denominator alone as a figure', () => {
    const numeratorOnly = makeMeasure({ id: 'n', monthly: [{ month: '2023-04', value: null, numerator: 3 }] });
    const denominatorOnly = makeMeasure({ id: 'd', monthly: [{ month: '2023-04', value: null, denominator: 3 }] });
    expect(findingsFor(numeratorOnly, denominatorOnly)).toEqual([]);
  });

  it('checks fractions of percentages only, and only with value, numerator and denominator all given', () => {
    const countWithFraction = makeMeasure({ id: 'c', ...count, monthly: [{ month: '2023-04', value: 7, numerator: 1, denominator: 2 }] });
    const noNumerator = makeMeasure({ id: 'p', monthly: [{ month: '2023-04', value: 7, denominator: 2 }] });
    const noDenominator = makeMeasure({ id: 'q', monthly: [{ month: '2023-04', value: 7, numerator: 1 }] });
    expect(findingsFor(countWithFraction, noNumerator, noDenominator)).toEqual([]);
  });

  it('follows the running sum in month order whatever order the data lists months in', () => {
    const monthly = makeMeasure({ id: 'monthly', ...count, additive: true, monthly: monthsFrom([8, 16]) });
    const ytd = makeMeasure({
      id: 'ytd',
      ...count,
      basis: 'year-to-date',
      cumulativeOf: 'monthly',
      monthly: [
        { month: '2023-05', value: 24 },
        { month: '2023-04', value: 8 },
      ],
    });
    expect(findingsFor(monthly, ytd)).toEqual([]);
    const unknownBase = { ...ytd, cumulativeOf: 'nowhere' };
    expect(findingsFor(monthly, unknownBase)).toEqual([]);
  });

  it('does not check a part against an unknown whole, nor months the whole lacks, and accepts an equal part', () => {
    const whole = makeMeasure({ id: 'whole', ...count, monthly: monthsFrom([10, null]) });
    const equal = makeMeasure({ id: 'equal', ...count, partOf: 'whole', monthly: monthsFrom([10, 99]) });
    const orphan = makeMeasure({ id: 'orphan', ...count, partOf: 'nowhere', monthly: monthsFrom([99]) });
    const blank = makeMeasure({ id: 'blank', ...count, partOf: 'whole', monthly: monthsFrom([null, 5]) });
    expect(findingsFor(whole, equal, orphan, blank)).toEqual([]);
  });
});
