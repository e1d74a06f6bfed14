import { computeXmrLimits } from '../../../src/domain/spc/compute-xmr-limits';

describe('computeXmrLimits', () => {
  it('puts the limits 2.66 mean moving ranges from the mean: mean 50, mrBar 5 gives 63.3 and 36.7', () => {
    // Sum 450 over 9 points = 50; every moving range is 5, so mrBar = 5.
    // Process limits 50 +/- 2.66 x 5 = 63.3 / 36.7; 2-sigma 50 +/- 1.773 x 5 = 58.865 / 41.135; 1-sigma 50 +/- 4.435.
    const limits = computeXmrLimits([50, 55, 50, 45, 50, 55, 50, 45, 50]);
    expect(limits.mean).toBeCloseTo(50, 10);
    expect(limits.mrBar).toBeCloseTo(5, 10);
    expect(limits.upperProcessLimit).toBeCloseTo(63.3, 10);
    expect(limits.lowerProcessLimit).toBeCloseTo(36.7, 10);
    expect(limits.upperTwoSigma).toBeCloseTo(58.865, 10);
    expect(limits.lowerTwoSigma).toBeCloseTo(41.135, 10);
    expect(limits.upperOneSigma).toBeCloseTo(54.435, 10);
    expect(limits.lowerOneSigma).toBeCloseTo(45.565, 10);
  });

  it('averages absolute moving ranges, not signed ones', () => {
    // Mean (10 + 12 + 11 + 15) / 4 = 12; moving ranges 2, 1, 4 -> mrBar 7 / 3; upper 12 + 2.66 x 7 / 3 = 18.2067.
    const limits = computeXmrLimits([10, 12, 11, 15]);
    expect(limits.mean).toBe(12);
    expect(limits.mrBar).toBeCloseTo(7 / 3, 10);
    expect(limits.upperProcessLimit).toBeCloseTo(18.2067, 4);
    expect(limits.lowerProcessLimit).toBeCloseTo(5.7933, 4);
  });

  it('uses the report\'s real months too: CSC 022 Apr-Sep 2023 (82.4 ... 81.3)', () => {
    // Mean 474.6 / 6 = 79.1; moving ranges 4.3, 13.8, 13.4, 21.3, 16.3 -> 69.1 / 5 = 13.82.
    const limits = computeXmrLimits([82.4, 86.7, 72.9, 86.3, 65.0, 81.3]);
    expect(limits.mean).toBeCloseTo(79.1, 10);
    expect(limits.mrBar).toBeCloseTo(13.82, 10);
    expect(limits.upperProcessLimit).toBeCloseTo(115.8612, 4);
    expect(limits.lowerProcessLimit).toBeCloseTo(42.3388, 4);
  });

  it('draws a percentage limit above 100% at 100%, saying so, but keeps the computed limit for the rules', () => {
    // Mean 583 / 6 = 97.1667; moving ranges 4, 5, 8, 8, 3 -> 5.6; upper 97.1667 + 14.896 = 112.0627.
    const limits = computeXmrLimits([99, 95, 100, 92, 100, 97], { unit: 'percent' });
    expect(limits.upperProcessLimit).toBeCloseTo(112.0627, 4);
    expect(limits.display).toEqual({
      upper: 100,
      lower: limits.lowerProcessLimit,
      clamped: { upper: { computed: limits.upperProcessLimit, edge: 100 }, lower: null },
    });
  });

  it('draws a count limit below zero at zero', () => {
    // Mean 8 / 5 = 1.6; moving ranges 3, 3, 4, 3 -> 3.25; lower 1.6 - 8.645 = -7.045.
    const limits = computeXmrLimits([0, 3, 0, 4, 1], { unit: 'count' });
    expect(limits.lowerProcessLimit).toBeCloseTo(-7.045, 10);
    expect(limits.display.lower).toBe(0);
    expect(limits.display.upper).toBeCloseTo(10.245, 10);
    expect(limits.display.clamped).toEqual({ upper: null, lower: { computed: limits.lowerProcessLimit, edge: 0 } });
  });

  it('leaves the limits alone when no unit is given or they fit', () => {
    expect(computeXmrLimits([50, 55, 50, 45, 50], { unit: 'percent' }).display.clamped).toBeNull();
    expect(computeXmrLimits([0, 3, 0, 4, 1]).display.lower).toBeCloseTo(-7.045, 10);
  });

  it('screens one-off jumps out of the mean moving range only when asked', () => {
    // Moving ranges: eight of 2 and one of 50 -> 66 / 9 = 7.333; 3.267 x 7.333 = 23.96, so screening drops the 50.
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 60];
    expect(computeXmrLimits(values).mrBar).toBeCloseTo(66 / 9, 10);
    expect(computeXmrLimits(values, { screenOutliers: true }).mrBar).toBe(2);
  });

  it('refuses a single point: there is no moving range', () => {
    expect(() => computeXmrLimits([5])).toThrow('XmR limits need at least 2 points (got 1)');
  });
});
