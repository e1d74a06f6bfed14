import { parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';
import { makeMeasure } from '../../fixtures/make-measure';

const issuesOf = (measures: ReturnType<typeof makeMeasure>[]) => {
  const result = parseDataset(makeDataset({ measures }));
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};
const base = { section: 'referrals-timeliness', serviceArea: 'front-door' };

describe('the cross-field rules of families, targets and stated figures', () => {
  it('accepts a v1 file without any of them, and one that uses them well', () => {
    expect(issuesOf([makeMeasure({ id: 'csc-040', ...base })])).toEqual([]);
    expect(
      issuesOf([
        makeMeasure({ id: 'csc-040', ...base, target: 90, annual: [{ year: '2023/24', value: 47.7, repeatsMonth: '2023-09' }] }),
        makeMeasure({ id: 'csc-038', ...base, basis: 'year-to-date', yearToDateOf: 'csc-040', buildsUp: true, targets: [{ year: '2023/24', value: 90, path: [{ month: '2023-09', value: 45 }] }] }),
      ]),
    ).toEqual([]);
  });

  it('names an unknown link, a link between the wrong bases, and a loop', () => {
    expect(issuesOf([makeMeasure({ id: 'a', ...base, basis: 'year-to-date', yearToDateOf: 'nope' })])).toEqual(['measures[0].yearToDateOf: unknown measure "nope"']);
    expect(issuesOf([makeMeasure({ id: 'a', ...base }), makeMeasure({ id: 'b', ...base, yearToDateOf: 'a' })])).toEqual([
      'measures[1].yearToDateOf: yearToDateOf links a year-to-date measure to a month-basis one ("a" is month, this one month)',
    ]);
    expect(issuesOf([makeMeasure({ id: 'a', ...base, rateOf: 'b' }), makeMeasure({ id: 'b', ...base, rateOf: 'a' })])).toEqual([
      'measures[0].id: family links from "a" loop back through "a"',
      'measures[1].id: family links from "b" loop back through "b"',
    ]);
  });

  it('keeps targets and trajectories in their own year, and a repeated month in its year', () => {
    const issues = issuesOf([
      makeMeasure({
        id: 'a',
        ...base,
        targets: [
          { year: '2023/24', value: 90, path: [{ month: '2024-04', value: 7.5 }] },
          { year: '2023/24', value: 120 },
        ],
        annual: [{ year: '2023/24', value: 1, repeatsMonth: '2022-09' }],
      }),
    ]);
    expect(issues).toEqual([
      'measures[0].targets[0].path[0].month: 2024-04 is not a month of 2023/24',
      'measures[0].targets[1].year: year 2023/24 has more than one target',
      'measures[0].targets[1].value: a percentage target must be between 0 and 100 (got 120)',
      'measures[0].annual[0].repeatsMonth: 2022-09 is not a month of 2023/24',
    ]);
  });
});
