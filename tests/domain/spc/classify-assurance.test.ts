import { classifyAssurance } from '../../../src/domain/spc/classify-assurance';

// Limits of the worked example (mean 50, mrBar 5): 36.7 to 63.3.
const limits = { lowerProcessLimit: 36.7, upperProcessLimit: 63.3 };

describe('classifyAssurance', () => {
  it('passes a higher-is-better target below the lower limit and fails one above the upper limit', () => {
    expect(classifyAssurance(limits, 30, 'higher-is-better')).toBe('pass');
    expect(classifyAssurance(limits, 90, 'higher-is-better')).toBe('fail');
  });

  it('mirrors for lower-is-better: a target above the upper limit is always met', () => {
    expect(classifyAssurance(limits, 90, 'lower-is-better')).toBe('pass');
    expect(classifyAssurance(limits, 30, 'lower-is-better')).toBe('fail');
  });

  it('is hit and miss for a target between the limits or on one', () => {
    expect(classifyAssurance(limits, 50, 'higher-is-better')).toBe('hit-and-miss');
    expect(classifyAssurance(limits, 36.7, 'higher-is-better')).toBe('hit-and-miss');
    expect(classifyAssurance(limits, 63.3, 'lower-is-better')).toBe('hit-and-miss');
  });

  it('has no icon without a target, or for a neutral measure with a comparator', () => {
    expect(classifyAssurance(limits, null, 'higher-is-better')).toBe('none');
    expect(classifyAssurance(limits, 95, 'neutral')).toBe('none');
  });
});
