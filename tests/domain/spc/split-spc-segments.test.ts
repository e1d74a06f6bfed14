import { splitSpcSegments } from '../../../src/domain/spc/split-spc-segments';
import { shiftMonth } from '../../../src/domain/period';

// Twenty months from April 2022, with no figure for October 2022 (index 6 is November).
const points = Array.from({ length: 21 }, (_, i) => ({ month: shiftMonth('2022-04', i), value: 50 })).filter((p) => p.month !== '2022-10');
const reason = 'New front door process';

describe('splitSpcSegments', () => {
  it('gives one segment of every point, its limits from all of them, without settings', () => {
    expect(splitSpcSegments(points, undefined)).toEqual([{ start: 0, end: 19, rebase: null, limitPoints: 20, fixedBaseline: false }]);
    expect(splitSpcSegments([], { rebases: [{ month: '2022-06', reason }] })).toEqual([]);
  });

  it('starts a segment at each rebase, or at the next month with a figure when the rebase month has none', () => {
    expect(splitSpcSegments(points, { rebases: [{ month: '2022-10', reason }, { month: '2023-06', reason: 'Recording change' }] })).toEqual([
      { start: 0, end: 5, rebase: null, limitPoints: 6, fixedBaseline: false },
      { start: 6, end: 12, rebase: { month: '2022-10', reason }, limitPoints: 7, fixedBaseline: false },
      { start: 13, end: 19, rebase: { month: '2023-06', reason: 'Recording change' }, limitPoints: 7, fixedBaseline: false },
    ]);
  });

  it('leaves out a rebase after the last point (a past period) or at the first', () => {
    expect(splitSpcSegments(points, { rebases: [{ month: '2022-04', reason }, { month: '2024-01', reason }] })).toHaveLength(1);
  });

  it('fixes the first segment\'s limits on its baseline points, and a rebased segment on all of its own', () => {
    expect(splitSpcSegments(points, { baseline: { points: 12 }, rebases: [{ month: '2023-08', reason }] })).toEqual([
      { start: 0, end: 14, rebase: null, limitPoints: 12, fixedBaseline: true },
      { start: 15, end: 19, rebase: { month: '2023-08', reason }, limitPoints: 5, fixedBaseline: false },
    ]);
    // A baseline as long as the segment fixes nothing.
    expect(splitSpcSegments(points.slice(0, 12), { baseline: { points: 12 } })[0]).toMatchObject({ limitPoints: 12, fixedBaseline: false });
  });
});
