import { computeVariance } from '../../src/domain/compute-variance';
import { csc022, csc026, csc201, makeMeasure } from '../fixtures/make-measure';

describe('computeVariance for percentages', () => {
  it('gives the August 2023 referrals dip in percentage points', () => {
    const variance = computeVariance(csc022, 65.0);
    expect(variance).toMatchObject({ difference: -25, favourable: false, target: 90 });
    expect(variance?.magnitude).toBeCloseTo(25 / 90, 10);
    expect(variance?.relative).toBeCloseTo(-25 / 90, 10);
  });

  it('rounds the difference to the shown precision', () => {
    // 81.3 - 90 is -8.700000000000003 in floating point.
    expect(computeVariance(csc022, 81.3)).toMatchObject({ difference: -8.7 });
  });

  it('treats above target as unfavourable for a lower-is-better measure', () => {
    const august = computeVariance(csc026, 6.0);
    expect(august).toMatchObject({ difference: 1, favourable: false });
    expect(august?.magnitude).toBeCloseTo(0.2, 10);
    expect(computeVariance(csc026, 1.4)).toMatchObject({ difference: -3.6, favourable: true, magnitude: 0 });
  });

  it('says when a figure is exactly on target', () => {
    expect(computeVariance(csc022, 90)).toMatchObject({ difference: 0, favourable: true, magnitude: 0 });
  });
});

describe('computeVariance for counts and rates', () => {
  it('gives absolute and relative differences', () => {
    const visits = makeMeasure({ id: 'visits', unit: 'count', target: 95 });
    expect(computeVariance(visits, 99)).toMatchObject({ difference: 4, favourable: true, magnitude: 0 });
    expect(computeVariance(visits, 90)).toMatchObject({ difference: -5, favourable: false });
  });

  it('writes rates per 10k', () => {
    const rate = makeMeasure({ id: 'cp-rate', unit: 'rate-per-10k', polarity: 'lower-is-better', target: 50 });
    const variance = computeVariance(rate, 55.3);
    expect(variance).toMatchObject({ difference: 5.3, favourable: false });
  });

  it('has no relative difference against a target of 0, but still ranks the miss', () => {
    const refusals = makeMeasure({ id: 'refusals', unit: 'count', polarity: 'lower-is-better', target: 0 });
    expect(computeVariance(refusals, 2)).toMatchObject({ relative: null, magnitude: 2 });
  });
});

describe('computeVariance without a comparison', () => {
  it('returns null for no target, no value, or a neutral measure', () => {
    expect(computeVariance({ ...csc022, target: null }, 65.0)).toBeNull();
    expect(computeVariance(csc022, null)).toBeNull();
    expect(computeVariance({ ...csc201, target: 300 }, 354)).toBeNull();
  });
});

describe('computeVariance exactly on target', () => {
  it('counts a figure exactly on target as favourable, whichever way is better', () => {
    expect(computeVariance(makeMeasure({ id: 'up', target: 90 }), 90)).toMatchObject({ difference: 0, favourable: true, magnitude: 0 });
    expect(computeVariance(makeMeasure({ id: 'down', polarity: 'lower-is-better', target: 5 }), 5)).toMatchObject({ difference: 0, favourable: true, magnitude: 0 });
  });
});
