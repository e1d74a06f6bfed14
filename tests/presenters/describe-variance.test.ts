import { computeVariance } from '../../src/domain/compute-variance';
import type { Measure } from '../../src/domain/indicators';
import { describeVariance } from '../../src/presenters/describe-variance';
import { csc022, csc026, csc176, makeMeasure } from '../fixtures/make-measure';

const words = (measure: Measure, value: number) => {
  const variance = computeVariance(measure, value);
  return variance && describeVariance(variance, measure.unit);
};

describe('describeVariance for percentages', () => {
  it('says percentage points and the side of the target (CSC 022 August and September 2023; ICPC in 15 days against the 95% target of CSC 176)', () => {
    expect(words(csc022, 65.0)).toBe('25.0 pp below the 90% target');
    expect(words(csc022, 81.3)).toBe('8.7 pp below the 90% target');
    expect(words(csc176, 70.2)).toBe('24.8 pp below the 95% target');
  });

  it('says above and below of the number, whichever side is good (CSC 026)', () => {
    expect(words(csc026, 6.0)).toBe('1.0 pp above the 5% target');
    expect(words(csc026, 1.4)).toBe('3.6 pp below the 5% target');
  });

  it('says when a figure is exactly on target', () => {
    expect(words(csc022, 90)).toBe('On the 90% target');
  });
});

describe('describeVariance for counts and rates', () => {
  it('adds the relative difference, with a true minus sign', () => {
    const visits = makeMeasure({ id: 'visits', unit: 'count', target: 95 });
    expect(words(visits, 99)).toBe('4 above the 95 target (+4.2%)');
    expect(words(visits, 90)).toBe('5 below the 95 target (\u22125.3%)');
  });

  it('writes rates per 10k', () => {
    const rate = makeMeasure({ id: 'cp-rate', unit: 'rate-per-10k', polarity: 'lower-is-better', target: 50 });
    expect(words(rate, 55.3)).toBe('5.3 per 10k above the 50 per 10k target (+10.6%)');
  });

  it('gives no relative difference against a target of 0', () => {
    const refusals = makeMeasure({ id: 'refusals', unit: 'count', polarity: 'lower-is-better', target: 0 });
    expect(words(refusals, 2)).toBe('2 above the 0 target');
  });
});
