import { computeVariance } from '../../src/domain/compute-variance';
import { csc022, csc026, csc176, csc201, makeMeasure } from '../fixtures/make-measure';

describe('computeVariance for percentages', () => {
  it('gives the August 2023 referrals dip in percentage points', () => {
    const variance = computeVariance(csc022, 65.0);
    expect(variance).toMatchObject({ difference: -25, favourable: false, text: '25.0 pp below the 90% target' });
    expect(variance?.magnitude).toBeCloseTo(25 / 90, 10);
    expect(variance?.relative).toBeCloseTo(-25 / 90, 10);
  });

  it('rounds the difference to the shown precision', () => {
    // 81.3 - 90 is -8.700000000000003 in floating point.
    expect(computeVariance(csc022, 81.3)).toMatchObject({ difference: -8.7, text: '8.7 pp below the 90% target' });
    expect(computeVariance(csc176, 70.2)?.text).toBe('24.8 pp below the 95% target');
  });

  it('treats above target as unfavourable for a lower-is-better measure', () => {
    const august = computeVariance(csc026, 6.0);
    expect(august).toMatchObject({ difference: 1, favourable: false, text: '1.0 pp above the 5% target' });
    expect(august?.magnitude).toBeCloseTo(0.2, 10);
    expect(computeVariance(csc026, 1.4)).toMatchObject({ difference: -3.6, favourable: true, magnitude: 0, text: '3.6 pp below the 5% target' });
  });

  it('says when a figure is exactly on target', () => {
    expect(computeVariance(csc022, 90)).toMatchObject({ difference: 0, favourable: true, magnitude: 0, text: 'On the 90% target' });
  });
});

describe('computeVariance for counts and rates', () => {
  it('gives absolute and relative differences', () => {
    const visits = makeMeasure({ id: 'visits', unit: 'count', target: 95 });
    expect(computeVariance(visits, 99)).toMatchObject({ difference: 4, favourable: true, magnitude: 0, text: '4 above the 95 target (+4.2%)' });
    expect(computeVariance(visits, 90)).toMatchObject({ difference: -5, favourable: false, text: '5 below the 95 target (\u22125.3%)' });
  });

  it('writes rates per 10k', () => {
    const rate = makeMeasure({ id: 'cp-rate', unit: 'rate-per-10k', polarity: 'lower-is-better', target: 50 });
    const variance = computeVariance(rate, 55.3);
    expect(variance).toMatchObject({ difference: 5.3, favourable: false, text: '5.3 per 10k above the 50 per 10k target (+10.6%)' });
  });

  it('has no relative difference against a target of 0, but still ranks the miss', () => {
    const refusals = makeMeasure({ id: 'refusals', unit: 'count', polarity: 'lower-is-better', target: 0 });
    expect(computeVariance(refusals, 2)).toMatchObject({ relative: null, magnitude: 2, text: '2 above the 0 target' });
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
    expect(computeVariance(makeMeasure({ id: 'up', target: 90 }), 90)).toMatchObject({ difference: 0, favourable: true, magnitude: 0, text: 'On the 90% target' });
    expect(computeVariance(makeMeasure({ id: 'down', polarity: 'lower-is-better', target: 5 }), 5)).toMatchObject({ difference: 0, favourable: true, magnitude: 0 });
  });
});
