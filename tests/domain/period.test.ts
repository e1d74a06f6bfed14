import {
  createMonthPeriod,
  createQuarterPeriod,
  createYearPeriod,
  defaultPeriod,
  financialYearOfMonth,
  listAvailablePeriods,
  parseFinancialYear,
  parsePeriodKey,
  previousPeriod,
  quarterOfMonth,
  samePeriodLastYear,
} from '../../src/domain/period';
import { annualFrom, csc022, csc201, makeMeasure, monthsFrom } from '../fixtures/make-measure';

describe('financialYearOfMonth and quarterOfMonth', () => {
  it('puts January to March in the year that began the April before', () => {
    expect(financialYearOfMonth('2024-02')).toBe('2023/24');
    expect(financialYearOfMonth('2023-04')).toBe('2023/24');
    expect(financialYearOfMonth('2023-03')).toBe('2022/23');
    expect(financialYearOfMonth('2099-12')).toBe('2099/00');
  });

  it('numbers quarters from April', () => {
    expect(['2023-04', '2023-06', '2023-07', '2023-09', '2023-10', '2023-12', '2024-01', '2024-03'].map(quarterOfMonth)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});

describe('parsePeriodKey', () => {
  it('reads month, quarter and year keys with their labels and months', () => {
    expect(parsePeriodKey('2023-09')).toEqual({
      kind: 'month',
      key: '2023-09',
      label: 'Sep 2023',
      financialYear: '2023/24',
      months: ['2023-09'],
    });
    expect(parsePeriodKey('2023-24-Q2')).toEqual({
      kind: 'quarter',
      key: '2023-24-Q2',
      label: 'Q2 2023/24',
      financialYear: '2023/24',
      months: ['2023-07', '2023-08', '2023-09'],
      quarter: 2,
    });
    expect(parsePeriodKey('2023-24-Q4')?.months).toEqual(['2024-01', '2024-02', '2024-03']);
    const year = parsePeriodKey('2023-24');
    expect(year?.kind).toBe('year');
    expect(year?.label).toBe('2023/24');
    expect(year?.months).toHaveLength(12);
    expect(year?.months[0]).toBe('2023-04');
    expect(year?.months.at(-1)).toBe('2024-03');
  });

  it.each(['', '2023', '2023-13', '2023-00', '2023-25', '2023-24-Q5', '2023-25-Q1', '2023-9', ' 2023-09', 'Sep 2023', '2023/24'])(
    'rejects %j',
    (key) => {
      expect(parsePeriodKey(key)).toBeNull();
    },
  );

  it('reads a key that could be a month or a year (2011-12) as the month', () => {
    expect(parsePeriodKey('2011-12')?.kind).toBe('month');
  });
});

describe('previousPeriod and samePeriodLastYear', () => {
  it('steps back one month, across the financial year boundary', () => {
    expect(previousPeriod(createMonthPeriod('2023-09')).key).toBe('2023-08');
    expect(previousPeriod(createMonthPeriod('2023-04')).key).toBe('2023-03');
    expect(previousPeriod(createMonthPeriod('2023-01')).key).toBe('2022-12');
  });

  it('steps back from Q1 to Q4 of the year before', () => {
    expect(previousPeriod(createQuarterPeriod(2023, 2)).key).toBe('2023-24-Q1');
    const q4 = previousPeriod(createQuarterPeriod(2023, 1));
    expect(q4.key).toBe('2022-23-Q4');
    expect(q4.months).toEqual(['2023-01', '2023-02', '2023-03']);
  });

  it('steps back a year', () => {
    expect(previousPeriod(createYearPeriod(2023)).label).toBe('2022/23');
  });

  it('finds the same period a year earlier', () => {
    expect(samePeriodLastYear(createMonthPeriod('2023-09')).label).toBe('Sep 2022');
    expect(samePeriodLastYear(createMonthPeriod('2024-02')).financialYear).toBe('2022/23');
    expect(samePeriodLastYear(createQuarterPeriod(2023, 2)).label).toBe('Q2 2022/23');
    expect(samePeriodLastYear(createYearPeriod(2023)).label).toBe('2022/23');
  });
});

describe('listAvailablePeriods and defaultPeriod', () => {
  const dataset = { measures: [csc022, csc201] };

  it('offers each reported month, each quarter with data and each year, newest first within each kind', () => {
    const keys = listAvailablePeriods(dataset).map((p) => p.key);
    expect(keys).toEqual([
      '2023-09', '2023-08', '2023-07', '2023-06', '2023-05', '2023-04',
      '2023-24-Q2', '2023-24-Q1',
      '2023-24', '2022-23', '2021-22', '2020-21',
    ]);
  });

  it('does not offer empty months after the latest reported one, nor their quarters', () => {
    const keys = listAvailablePeriods(dataset).map((p) => p.key);
    expect(keys).not.toContain('2023-10');
    expect(keys).not.toContain('2023-24-Q3');
  });

  it('offers a year known only from an Annual Trend row, and skips a blank one', () => {
    const trendOnly = makeMeasure({ id: 'trend-only', annual: [{ year: '2019/20', value: 61.2 }, { year: '2018/19', value: null }] });
    const keys = listAvailablePeriods({ measures: [trendOnly] }).map((p) => p.key);
    expect(keys).toEqual(['2019-20']);
  });

  it('counts a month given only as a fraction for a percentage', () => {
    const fractionOnly = makeMeasure({ id: 'fraction', monthly: [{ month: '2023-10', numerator: 1, denominator: 2, value: null }] });
    expect(listAvailablePeriods({ measures: [fractionOnly] })[0]?.key).toBe('2023-10');
  });

  it('opens on the latest reported month', () => {
    expect(defaultPeriod(listAvailablePeriods(dataset))?.key).toBe('2023-09');
  });

  it('falls back to the latest year, then to null when there is no data at all', () => {
    const trendOnly = makeMeasure({ id: 'trend-only', monthly: monthsFrom([]), annual: annualFrom([77.7, 72.1]) });
    expect(defaultPeriod(listAvailablePeriods({ measures: [trendOnly] }))?.key).toBe('2021-22');
    expect(defaultPeriod(listAvailablePeriods({ measures: [makeMeasure({ id: 'empty', monthly: monthsFrom([]) })] }))).toBeNull();
    expect(defaultPeriod([])).toBeNull();
  });
});

describe('period keys and financial years: what is refused', () => {
  it('reads January as a month, not as a year', () => {
    expect(parsePeriodKey('2024-01')).toMatchObject({ kind: 'month', key: '2024-01', label: 'Jan 2024', financialYear: '2023/24' });
  });

  it('refuses keys with anything before or after them', () => {
    expect(parsePeriodKey('x2023-24-Q2')).toBeNull();
    expect(parsePeriodKey('2023-24-Q2x')).toBeNull();
    expect(parsePeriodKey('2023-24-Q5')).toBeNull();
  });

  it('refuses quarters and years of two years that do not follow each other', () => {
    expect(parsePeriodKey('2023-25-Q1')).toBeNull();
    expect(parsePeriodKey('2023-25')).toBeNull();
    expect(parsePeriodKey('2023-13')).toBeNull();
  });

  it('parses a financial year only when it is exactly one, of consecutive years', () => {
    expect(parseFinancialYear('2023/24')).toBe(2023);
    expect(parseFinancialYear('1999/00')).toBe(1999);
    expect(parseFinancialYear('2023/25')).toBeNull();
    expect(parseFinancialYear('x2023/24')).toBeNull();
    expect(parseFinancialYear('2023/24x')).toBeNull();
    expect(parseFinancialYear('2023/2')).toBeNull();
    expect(parseFinancialYear('junk')).toBeNull();
  });
});

describe('listAvailablePeriods: what counts as a figure', () => {
  const keys = (measures: ReturnType<typeof makeMeasure>[]) => listAvailablePeriods({ measures }).map((p) => p.key);

  it('skips a year whose Annual Trend row is blank', () => {
    expect(keys([makeMeasure({ id: 'blank', annual: [{ year: '2019/20', value: null }] })])).toEqual([]);
  });

  it('counts a fraction only for a percentage, with both parts and a denominator above 0', () => {
    const point = (numerator: number | null, denominator: number | null) => [{ month: '2023-10', value: null, numerator, denominator }];
    expect(keys([makeMeasure({ id: 'p', monthly: point(1, 2) })])).toContain('2023-10');
    expect(keys([makeMeasure({ id: 'c', unit: 'count', monthly: point(1, 2) })])).toEqual([]);
    expect(keys([makeMeasure({ id: 'n', monthly: point(null, 2) })])).toEqual([]);
    expect(keys([makeMeasure({ id: 'd', monthly: point(1, null) })])).toEqual([]);
    expect(keys([makeMeasure({ id: 'z', monthly: point(0, 0) })])).toEqual([]);
    expect(keys([makeMeasure({ id: 'a', unit: 'count', annual: [{ year: '2019/20', value: null, numerator: 1, denominator: 2 }] })])).toEqual([]);
  });

  it('orders months newest first whatever order the data gives them in', () => {
    const shuffled = makeMeasure({
      id: 's',
      unit: 'count',
      monthly: [
        { month: '2023-05', value: 1 },
        { month: '2024-02', value: 1 },
        { month: '2023-11', value: 1 },
      ],
    });
    expect(keys([shuffled])).toEqual(['2024-02', '2023-11', '2023-05', '2023-24-Q4', '2023-24-Q3', '2023-24-Q1', '2023-24']);
  });
});
