import type { AnnualPoint, Measure, MonthlyPoint } from '../../src/domain/indicators';

/** Figures typed from tests/fixtures/source-report-q2-2023-24.txt (DBC Q2 2023/24). */

const FY_2023_24 = ['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];
const YEARS = ['2020/21', '2021/22', '2022/23', '2023/24'];

/** Twelve points Apr-23..Mar-24 from the figures given; months after the last one are null, as in the report. */
export function monthsFrom(values: (number | null)[]): MonthlyPoint[] {
  return FY_2023_24.map((month, i) => ({ month, value: values[i] ?? null }));
}

/** Twelve points from "numerator / denominator" pairs, with the value the report prints beside each. */
export function fractionsFrom(rows: [number, number, number | null][]): MonthlyPoint[] {
  return FY_2023_24.map((month, i) => {
    const row = rows[i];
    return row ? { month, numerator: row[0], denominator: row[1], value: row[2] } : { month, value: null };
  });
}

/** Annual Trend row 2020/21..2023/24. */
export function annualFrom(values: (number | null)[]): AnnualPoint[] {
  return YEARS.map((year, i) => ({ year, value: values[i] ?? null }));
}

export function makeMeasure(overrides: Partial<Measure> & Pick<Measure, 'id'>): Measure {
  return {
    code: null,
    title: overrides.id,
    section: 'test-section',
    serviceArea: 'test-area',
    unit: 'percent',
    polarity: 'higher-is-better',
    basis: 'month',
    additive: false,
    target: null,
    monthly: [],
    annual: [],
    ...overrides,
  };
}

/** CSC 022: % of referrals completed within 1 working day. */
export const csc022 = makeMeasure({
  id: 'csc-022',
  code: 'CSC 022',
  title: 'Monthly % of referrals completed within 1 working day',
  target: 90,
  monthly: monthsFrom([82.4, 86.7, 72.9, 86.3, 65.0, 81.3]),
  annual: annualFrom([77.7, 72.1, 84.1, 79.5]),
});

/** CSC 026: % of referrals completed in over 3 working days (lower is better). */
export const csc026 = makeMeasure({
  id: 'csc-026',
  code: 'CSC 026',
  title: 'Monthly % of referrals completed in over 3 working days',
  polarity: 'lower-is-better',
  target: 5,
  monthly: monthsFrom([1.4, 1.4, 2.3, 1.0, 6.0, 1.4]),
  annual: annualFrom([4.7, 5.6, 0.8, 1.9]),
});

/** CSC 215 episodes: events, so they add up. */
export const csc215Episodes = makeMeasure({
  id: 'csc-215-episodes',
  code: 'CSC 215',
  title: 'Missing episodes in month',
  unit: 'count',
  polarity: 'neutral',
  additive: true,
  monthly: monthsFrom([24, 55, 38, 62, 40, 42]),
  annual: annualFrom([370, 582, 691, 261]),
});

/** CSC 215 children: distinct children, so months do not add up (Q2 was 46 children, not 64). */
export const csc215Children = makeMeasure({
  id: 'csc-215-children',
  code: 'CSC 215',
  title: 'Children missing in month',
  unit: 'count',
  polarity: 'neutral',
  additive: false,
  monthly: monthsFrom([17, 30, 26, 30, 15, 19]),
  annual: annualFrom([152, 174, 162, 81]),
});

/** CSC 201: children in care at month end. */
export const csc201 = makeMeasure({
  id: 'csc-201',
  code: 'CSC 201',
  title: 'Total number of Children in Care',
  unit: 'count',
  polarity: 'neutral',
  basis: 'snapshot',
  monthly: monthsFrom([322, 332, 343, 358, 354, 354]),
  annual: annualFrom([272, 273, 322, 354]),
});

/** CSC 036: C&F assessments completed, year to date. */
export const csc036 = makeMeasure({
  id: 'csc-036',
  code: 'CSC 036',
  title: 'Number of C&F assessments completed year to date',
  unit: 'count',
  polarity: 'neutral',
  basis: 'year-to-date',
  monthly: monthsFrom([119, 252, 418, 566, 666, 794]),
  annual: annualFrom([692, 806, 1461, 794]),
});

/**
 * CSC 178: % ICPCs within 15 working days (monthly), with its fractions. The report puts the 95% target on the
 * year-to-date column (CSC 176); the tests give it to this column to exercise a weighted figure against a target.
 */
export const csc178 = makeMeasure({
  id: 'csc-178',
  code: 'CSC 178',
  title: "% ICPC's held within 15 days (monthly)",
  target: 95,
  monthly: fractionsFrom([
    [10, 11, 90.9],
    [15, 20, 75.0],
    [11, 16, 68.8],
    [6, 14, 42.9],
    [8, 12, 66.7],
    [26, 31, 83.9],
  ]),
  annual: [
    { year: '2020/21', numerator: 112, denominator: 126, value: 89.5 },
    { year: '2021/22', numerator: 135, denominator: 174, value: 77.5 },
    { year: '2022/23', numerator: 116, denominator: 156, value: 74.4 },
    { year: '2023/24', numerator: 76, denominator: 104, value: 73.1 },
  ],
});

/** CSC 181: children on a CP plan per 10,000 (a snapshot rate). The 2020/21 rate is blank in the report. */
export const csc181 = makeMeasure({
  id: 'csc-181',
  code: 'CSC 181',
  title: 'Rate of children subject to a CP Plan per 10,000 population',
  unit: 'rate-per-10k',
  polarity: 'neutral',
  basis: 'snapshot',
  monthly: monthsFrom([51.7, 53.9, 49.0, 46.7, 50.3, 55.3]),
  annual: annualFrom([null, 53.0, 51.3, 55.3]),
});
