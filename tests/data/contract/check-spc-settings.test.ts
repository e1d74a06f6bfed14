import { parseDataset } from '../../../src/data/contract/parse-dataset';
import type { Measure } from '../../../src/domain/indicators';
import { makeDataset } from '../../fixtures/make-dataset';
import { makeMeasure } from '../../fixtures/make-measure';

// Six months, April to September 2023, as in the bundled report.
const monthly = ['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09'].map((month) => ({ month, value: 80 }));
const issuesOf = (spc: unknown) => {
  const measure = makeMeasure({ id: 'csc-022', section: 'referrals-timeliness', serviceArea: 'front-door', monthly });
  const result = parseDataset(makeDataset({ measures: [{ ...measure, spc } as Measure] }));
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('a measure\'s SPC settings', () => {
  it('accepts a baseline of 12 to 20 points and rebases inside the series, each with its reason', () => {
    expect(issuesOf({ baseline: { points: 12 } })).toEqual([]);
    expect(issuesOf({ baseline: { points: 20, reason: 'Before the new front door' }, rebases: [{ month: '2023-06', reason: 'New front door' }, { month: '2023-09', reason: 'Recording change' }] })).toEqual([]);
  });

  it('names the field of a baseline outside 12 to 20 points, or not a whole number', () => {
    expect(issuesOf({ baseline: { points: 11 } })).toEqual(['measures[0].spc.baseline.points: a baseline needs 12 to 20 points']);
    expect(issuesOf({ baseline: { points: 21 } })).toEqual(['measures[0].spc.baseline.points: a baseline needs 12 to 20 points']);
    expect(issuesOf({ baseline: { points: 14.5 } })).toEqual(['measures[0].spc.baseline.points: must be a whole number of months']);
  });

  it('refuses a rebase without a reason, or with only spaces for one', () => {
    expect(issuesOf({ rebases: [{ month: '2023-06' }] })).toEqual([
      'measures[0].spc.rebases[0].reason: a rebase needs a reason: say what changed in the process at this month',
    ]);
    expect(issuesOf({ rebases: [{ month: '2023-06', reason: '   ' }] })).toEqual(['measures[0].spc.rebases[0].reason: reason must not be empty']);
  });

  it('refuses a rebase at a month outside the series, at its first month, twice, or out of order', () => {
    const outside = 'must fall after its first month (2023-04) and not after its last (2023-09)';
    expect(issuesOf({ rebases: [{ month: '2023-10', reason: 'Later' }] })).toEqual([`measures[0].spc.rebases[0].month: a rebase at 2023-10 is outside the series: it ${outside}`]);
    expect(issuesOf({ rebases: [{ month: '2023-04', reason: 'First' }] })).toEqual([`measures[0].spc.rebases[0].month: a rebase at 2023-04 is outside the series: it ${outside}`]);
    expect(issuesOf({ rebases: [{ month: '2023-06', reason: 'A' }, { month: '2023-06', reason: 'B' }] })).toEqual([
      'measures[0].spc.rebases[1].month: two rebases at 2023-06: give one, with both reasons',
    ]);
    expect(issuesOf({ rebases: [{ month: '2023-08', reason: 'A' }, { month: '2023-06', reason: 'B' }] })).toEqual([
      'measures[0].spc.rebases[1].month: rebases must be in order of month (2023-06 comes after 2023-08)',
    ]);
    expect(issuesOf({ rebases: [{ month: 'June', reason: 'A' }] })).toEqual(['measures[0].spc.rebases[0].month: must be a month like "2023-04"']);
  });
});
