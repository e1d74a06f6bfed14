import { analyseSpc } from '../../../src/domain/spc/analyse-spc';
import { makeTimeliness } from '../../fixtures/spc-series';

// Hand-made series from April 2022. Alternating 50 and 52: mean 51 (even count), mrBar 2, limits 51 ± 5.32.
const alternate = (n: number, low: number) => Array.from({ length: n }, (_, i) => low + (i % 2) * 2);
const reason = 'New front door process';

describe('analyseSpc with a baseline and rebases', () => {
  it('fixes the mean and limits on the baseline points and judges the later points against them', () => {
    // Twelve baseline months, then six at 60, above the baseline's upper limit of 56.32.
    const measure = makeTimeliness([...alternate(12, 50), 60, 60, 60, 60, 60, 60], { spc: { baseline: { points: 12 } } });
    const result = analyseSpc(measure);
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.segments).toHaveLength(1);
    expect(result.limits?.mean).toBe(51);
    expect(result.limits?.mrBar).toBe(2);
    expect(result.limits?.upperProcessLimit).toBeCloseTo(56.32, 2);
    expect(result.points.slice(12).every((p) => p.hits.some((h) => h.rule === 'outside-limits' && h.side === 'high'))).toBe(true);
    // Higher is better for timeliness: six months above the fixed limits are an improvement.
    expect(result.variation?.kind).toBe('improvement');
  });

  it('starts a rebased segment with its own mean and limits, and judges the latest month on them', () => {
    const values = [...alternate(15, 50), ...alternate(15, 70)];
    const rebased = analyseSpc(makeTimeliness(values, { spc: { rebases: [{ month: '2023-07', reason }] } }));
    if (rebased.status !== 'ok') throw new Error(rebased.message);
    expect(rebased.segments.map((s) => [s.start, s.end, s.rebase?.reason ?? null])).toEqual([[0, 14, null], [15, 29, reason]]);
    // 8 of 50 and 7 of 52: mean 50.93; 70s likewise 70.93.
    expect(rebased.segments.map((s) => s.limits?.mean)).toEqual([expect.closeTo(50.933, 3), expect.closeTo(70.933, 3)]);
    expect(rebased.limits?.mean).toBeCloseTo(70.933, 3);
    expect(rebased.points.every((p) => p.hits.length === 0)).toBe(true);
    expect(rebased.variation?.kind).toBe('common-cause');
    expect(rebased.points[15]?.segment).toBe(1);

    // The same months without the rebase: one mean between the two levels and a shift on both sides.
    const plain = analyseSpc(makeTimeliness(values));
    if (plain.status !== 'ok') throw new Error(plain.message);
    expect(plain.segments).toHaveLength(1);
    expect(plain.variation?.kind).toBe('improvement');
  });

  it('never lets a run cross a rebase: each segment is judged alone', () => {
    // Seven rising months across the rebase: three before it, four after, no trend in either segment.
    const values = [...alternate(12, 50), 51, 52, 53, 54, 55, 56, 57, ...alternate(12, 50).map((v) => v + 4)];
    const result = analyseSpc(makeTimeliness(values, { spc: { rebases: [{ month: '2023-07', reason }] } }));
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.episodes.filter((e) => e.rule === 'trend')).toEqual([]);
  });

  it('shows a segment shorter than 15 points without limits, signals or icons', () => {
    const values = [...alternate(20, 50), 90, 91, 92, 93, 94];
    const result = analyseSpc(makeTimeliness(values, { spc: { rebases: [{ month: '2023-12', reason }] } }));
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.segments.map((s) => s.limits === null)).toEqual([false, true]);
    expect(result.points.slice(20).map((p) => [p.segment, p.hits])).toEqual(Array.from({ length: 5 }, () => [1, []]));
    expect(result).toMatchObject({ limits: null, variation: null, assurance: 'none' });
  });
});
