import { computeXmrLimits, type XmrLimits } from '../../../src/domain/spc/compute-xmr-limits';
import { detectSpecialCauses, type RuleHit } from '../../../src/domain/spc/detect-special-causes';

/**
 * Rules are tested against fixed limits so each case isolates one rule: the worked example of mean 50 and
 * mrBar 5 (see compute-xmr-limits.test.ts), i.e. process limits 63.3 / 36.7 and 2-sigma lines 58.865 / 41.135.
 */
const limits: XmrLimits = computeXmrLimits([50, 55, 50, 45, 50, 55, 50, 45, 50]);
// Alternating either side of the mean, well inside the 2-sigma lines: no rule can fire on these.
const CALM = [49, 51, 49, 51];
// The same, ending below the mean, before a run above it.
const CALM_THEN_LOW = [51, 49, 51, 49];

function detect(values: number[], options = {}) {
  return detectSpecialCauses(values, limits, options);
}

function flagged(values: number[], rule: RuleHit['rule'], options = {}): number[] {
  return detect(values, options)
    .hits.map((hits, i) => (hits.some((h) => h.rule === rule) ? i : -1))
    .filter((i) => i >= 0);
}

describe('detectSpecialCauses', () => {
  it('finds nothing in common-cause noise', () => {
    const result = detect([...CALM, ...CALM, ...CALM]);
    expect(result.episodes).toEqual([]);
    expect(result.hits.every((h) => h.length === 0)).toBe(true);
  });

  describe('outside-limits', () => {
    it('flags a point above the upper or below the lower limit, with its side', () => {
      const result = detect([...CALM, 63.4, 49, 36.6, 51]);
      expect(result.hits[4]).toEqual([{ rule: 'outside-limits', side: 'high' }]);
      expect(result.hits[6]).toEqual([{ rule: 'outside-limits', side: 'low' }]);
      expect(result.episodes.filter((e) => e.rule === 'outside-limits')).toEqual([
        { rule: 'outside-limits', side: 'high', start: 4, end: 4 },
        { rule: 'outside-limits', side: 'low', start: 6, end: 6 },
      ]);
    });

    it('does not flag points just inside the limits', () => {
      expect(flagged([...CALM, 63.2, 49, 36.8, 51], 'outside-limits')).toEqual([]);
    });
  });

  describe('shift', () => {
    const sevenAbove = [51, 52, 51, 53, 52, 51, 52];

    it('flags every point of a run of 7 above the mean', () => {
      expect(flagged([...CALM_THEN_LOW, ...sevenAbove, 49], 'shift')).toEqual([4, 5, 6, 7, 8, 9, 10]);
      expect(detect([...CALM_THEN_LOW, ...sevenAbove, 49]).episodes).toEqual([{ rule: 'shift', side: 'high', start: 4, end: 10 }]);
    });

    it('flags a run below the mean as low, and a longer run whole', () => {
      const nineBelow = [49, 48, 47, 49, 48, 47, 49, 48, 47];
      expect(detect([...CALM, ...nineBelow]).episodes).toEqual([{ rule: 'shift', side: 'low', start: 4, end: 12 }]);
    });

    it('does not flag 6 in a row, unless the run length is set to 6', () => {
      const sixAbove = sevenAbove.slice(0, 6);
      expect(flagged([...CALM_THEN_LOW, ...sixAbove, 49], 'shift')).toEqual([]);
      expect(flagged([...CALM_THEN_LOW, ...sixAbove, 49], 'shift', { shiftLength: 6 })).toEqual([4, 5, 6, 7, 8, 9]);
    });

    it('treats a point on the mean as breaking the run', () => {
      expect(flagged([...CALM, 51, 52, 51, 50, 53, 52, 51, 52], 'shift')).toEqual([]);
    });
  });

  describe('trend', () => {
    // Crosses the mean, stays inside the 2-sigma lines: only the trend rule can fire.
    const sevenRising = [44, 46, 48, 51, 52, 54, 56];

    it('flags every point of 7 rising in a row as high', () => {
      expect(flagged([...CALM, ...sevenRising, 49], 'trend')).toEqual([4, 5, 6, 7, 8, 9, 10]);
      expect(detect([...CALM, ...sevenRising, 49]).episodes).toEqual([{ rule: 'trend', side: 'high', start: 4, end: 10 }]);
    });

    it('flags 7 falling in a row as low', () => {
      const falling = [...sevenRising].reverse();
      expect(detect([...CALM, ...falling, 51]).episodes).toEqual([{ rule: 'trend', side: 'low', start: 4, end: 10 }]);
    });

    it('does not flag 6 rising', () => {
      expect(flagged([...CALM, ...sevenRising.slice(1), 49], 'trend')).toEqual([]);
    });

    it('treats two equal points in a row as breaking the trend', () => {
      expect(flagged([...CALM, 44, 46, 48, 48, 52, 54, 56, 49], 'trend')).toEqual([]);
    });

    it('takes its length as an option', () => {
      expect(flagged([...CALM, ...sevenRising.slice(1), 49], 'trend', { trendLength: 6 })).toEqual([4, 5, 6, 7, 8, 9]);
    });
  });

  describe('two-of-three', () => {
    it('flags the 2 points beyond the upper 2-sigma line, not the one between them', () => {
      expect(flagged([...CALM, 60, 51, 60, 49], 'two-of-three')).toEqual([4, 6]);
      expect(detect([...CALM, 60, 51, 60, 49]).episodes).toEqual([{ rule: 'two-of-three', side: 'high', start: 4, end: 6 }]);
    });

    it('needs all 3 points on the same side of the mean: a middle point across it stops the rule', () => {
      // 60 and 60 are beyond the upper 2-sigma line (58.865), but 49 between them is below the mean (50).
      expect(flagged([...CALM, 60, 49, 60, 51], 'two-of-three')).toEqual([]);
      expect(flagged([...CALM, 60, 40, 60, 49], 'two-of-three')).toEqual([]);
      // The same with the third point first or last: 60, 60 and a point below the mean either side of them.
      expect(flagged([51, 49, 51, 49, 60, 60, 49, 51], 'two-of-three')).toEqual([]);
    });

    it('fires when all 3 are on the same side of the mean, and the third point need not be near the line', () => {
      expect(flagged([...CALM, 60, 50.5, 60, 49], 'two-of-three')).toEqual([4, 6]);
      expect(flagged([...CALM, 41, 41, 49.5, 51], 'two-of-three')).toEqual([4, 5]);
    });

    it('counts a point beyond the process limit toward the rule, and flags it', () => {
      // 60 is between the 2-sigma line and the limit (63.3), 64 beyond the limit: together they make 2 of 3.
      expect(detect([...CALM, 60, 64, 51, 49]).hits.slice(4, 7)).toEqual([
        [{ rule: 'two-of-three', side: 'high' }],
        [
          { rule: 'outside-limits', side: 'high' },
          { rule: 'two-of-three', side: 'high' },
        ],
        [],
      ]);
      expect(flagged([...CALM, 30, 49, 35, 51], 'two-of-three')).toEqual([4, 6]);
    });

    it('treats a point exactly on the mean as on neither side', () => {
      expect(flagged([...CALM, 60, 50, 60, 49], 'two-of-three')).toEqual([]);
    });

    it('does not fire for 2 beyond the line more than 3 points apart, or on opposite sides', () => {
      expect(flagged([...CALM, 60, 51, 49, 60, 49], 'two-of-three')).toEqual([]);
      expect(flagged([...CALM, 60, 49, 40, 51], 'two-of-three')).toEqual([]);
    });

    it('joins overlapping windows into one occurrence', () => {
      expect(detect([...CALM, 41, 40, 49, 40, 51]).episodes).toEqual([{ rule: 'two-of-three', side: 'low', start: 4, end: 7 }]);
    });
  });

  describe('ties', () => {
    it('gives a point beyond the limit both outside-limits and two-of-three', () => {
      expect(detect([...CALM, 64, 51, 60, 49]).hits[4]).toEqual([
        { rule: 'outside-limits', side: 'high' },
        { rule: 'two-of-three', side: 'high' },
      ]);
    });

    it('can put a point in a falling trend and in a shift above the mean at once', () => {
      // 62 ... 56: each lower than the one before (trend low), all above the mean (shift high), the first four beyond 58.865.
      const result = detect([...CALM_THEN_LOW, 62, 61, 60, 59, 58, 57, 56]);
      expect(result.hits.at(-1)).toEqual([
        { rule: 'shift', side: 'high' },
        { rule: 'trend', side: 'low' },
      ]);
      expect(result.hits[4]).toEqual([
        { rule: 'shift', side: 'high' },
        { rule: 'trend', side: 'low' },
        { rule: 'two-of-three', side: 'high' },
      ]);
    });
  });
});

describe('detectSpecialCauses at the edges', () => {
  // Mean 50, process limits 40 and 60, 2-sigma lines 43 and 57.
  const limits: XmrLimits = {
    mean: 50,
    mrBar: 3.76,
    upperProcessLimit: 60,
    lowerProcessLimit: 40,
    upperTwoSigma: 57,
    lowerTwoSigma: 43,
    upperOneSigma: 53.3,
    lowerOneSigma: 46.7,
    display: { upper: 60, lower: 40, clamped: null },
  };
  const rules = (values: number[]) => detectSpecialCauses(values, limits).episodes.map((e) => `${e.rule} ${e.side} ${e.start}-${e.end}`);

  it('counts a point on a limit or a 2-sigma line as inside it', () => {
    expect(rules([60, 40, 52, 48, 57, 57, 43, 43, 52, 48])).toEqual([]);
    expect(rules([61, 39, 52, 48])).toEqual(['outside-limits high 0-0', 'outside-limits low 1-1']);
  });

  it('needs 7 points on one side for a shift, and a point on the mean breaks the run', () => {
    expect(rules([51, 52, 51, 52, 51, 52, 48])).toEqual([]);
    expect(rules([51, 52, 51, 52, 51, 52, 51])).toEqual(['shift high 0-6']);
    expect(rules([49, 48, 49, 48, 49, 48, 49, 52])).toEqual(['shift low 0-6']);
    expect(rules([51, 52, 51, 50 + 1e-12, 52, 51, 52, 51])).toEqual([]);
  });

  it('needs 7 points each rising or each falling for a trend, and a flat step breaks it', () => {
    expect(rules([44, 45, 47, 49, 51, 53, 55])).toEqual(['trend high 0-6']);
    expect(rules([56, 55, 53, 51, 49, 47, 45])).toEqual(['trend low 0-6']);
    expect(rules([44, 45, 47, 49, 51, 53])).toEqual([]);
    expect(rules([44, 45, 47, 47, 49, 51, 53, 55])).toEqual([]);
  });

  it('joins overlapping two-of-three windows and keeps separate ones apart, up to the last point', () => {
    expect(rules([49, 58, 51, 58, 49, 51, 49, 51, 42, 49, 42])).toEqual(['two-of-three high 1-3', 'two-of-three low 8-10']);
    expect(rules([58, 58, 51, 49, 51, 58, 58])).toEqual(['two-of-three high 0-1', 'two-of-three high 5-6']);
  });

  it('needs the whole window of 3 on one side of the mean, a point on the mean included', () => {
    // Before the change to the same-side rule these fired: the middle point (or the third) is on or across the mean.
    expect(rules([49, 58, 50, 58, 49])).toEqual([]);
    expect(rules([58, 58, 50, 49, 51])).toEqual([]);
    expect(rules([49, 42, 51, 42, 51])).toEqual([]);
  });

  it('lists episodes by where they start, then by where they end, and marks each point with its rules in rule order', () => {
    const values = [59, 58, 56, 55, 54, 53, 52];
    const result = detectSpecialCauses(values, limits);
    expect(result.episodes.map((e) => `${e.rule} ${e.side} ${e.start}-${e.end}`)).toEqual([
      'two-of-three high 0-1',
      'shift high 0-6',
      'trend low 0-6',
    ]);
    expect(result.hits[0]).toEqual([
      { rule: 'shift', side: 'high' },
      { rule: 'trend', side: 'low' },
      { rule: 'two-of-three', side: 'high' },
    ]);
    expect(result.hits[2]).toEqual([
      { rule: 'shift', side: 'high' },
      { rule: 'trend', side: 'low' },
    ]);
  });
});
