import { evaluateStatus, toleranceFor } from '../../src/domain/evaluate-status';
import { csc022, csc026, csc201, makeMeasure } from '../fixtures/make-measure';

describe('toleranceFor', () => {
  it('defaults to 5 percentage points for percentages and 10% of target otherwise', () => {
    expect(toleranceFor(csc022)).toBe(5);
    expect(toleranceFor(makeMeasure({ id: 'visits', unit: 'count', target: 95 }))).toBe(9.5);
    expect(toleranceFor(makeMeasure({ id: 'rate', unit: 'rate-per-10k', target: 52 }))).toBe(5.2);
  });

  it('uses the tolerance given in the data', () => {
    expect(toleranceFor({ ...csc022, tolerance: 2 })).toBe(2);
    expect(toleranceFor({ ...csc022, tolerance: 0 })).toBe(0);
  });
});

describe('evaluateStatus, higher is better (CSC 022, target 90%)', () => {
  it('puts the August 2023 dip to 65.0% off target', () => {
    expect(evaluateStatus(csc022, 65.0)).toBe('off-target');
  });

  it('is near within 5 pp, off beyond, on at or above target', () => {
    expect(evaluateStatus(csc022, 86.7)).toBe('near-target');
    expect(evaluateStatus(csc022, 85.0)).toBe('near-target');
    expect(evaluateStatus(csc022, 84.9)).toBe('off-target');
    expect(evaluateStatus(csc022, 81.3)).toBe('off-target');
    expect(evaluateStatus(csc022, 90)).toBe('on-target');
    expect(evaluateStatus(csc022, 95.2)).toBe('on-target');
  });

  it('is not pushed out of the near band by floating-point noise', () => {
    // 87.4 - 82.4 is 5.000000000000014 in binary floating point.
    expect(evaluateStatus({ ...csc022, target: 87.4 }, 82.4)).toBe('near-target');
  });

  it('respects a per-measure tolerance', () => {
    expect(evaluateStatus({ ...csc022, tolerance: 2 }, 86.7)).toBe('off-target');
  });

  it('reports no data when there is a target but no figure', () => {
    expect(evaluateStatus(csc022, null)).toBe('no-data');
  });
});

describe('evaluateStatus, lower is better (CSC 026, target 5%)', () => {
  it('is on target below the target and off or near above it', () => {
    expect(evaluateStatus(csc026, 1.4)).toBe('on-target');
    expect(evaluateStatus(csc026, 5.0)).toBe('on-target');
    expect(evaluateStatus(csc026, 6.0)).toBe('near-target');
    expect(evaluateStatus({ ...csc026, tolerance: 0.5 }, 6.0)).toBe('off-target');
    expect(evaluateStatus(csc026, 10.1)).toBe('off-target');
  });
});

describe('evaluateStatus for counts', () => {
  const higher = makeMeasure({ id: 'visits', unit: 'count', target: 95 });
  const lower = makeMeasure({ id: 'moves', unit: 'count', polarity: 'lower-is-better', target: 95 });

  it('uses 10% of the target as the near band', () => {
    expect(evaluateStatus(higher, 86)).toBe('near-target');
    expect(evaluateStatus(higher, 85)).toBe('off-target');
    expect(evaluateStatus(lower, 104)).toBe('near-target');
    expect(evaluateStatus(lower, 105)).toBe('off-target');
    expect(evaluateStatus(lower, 80)).toBe('on-target');
  });
});

describe('evaluateStatus without a target to judge by', () => {
  it('gives neutral measures no status even when they have a comparator', () => {
    expect(evaluateStatus({ ...csc201, target: 300 }, 354)).toBe('no-target');
    expect(evaluateStatus({ ...csc201, target: 300 }, null)).toBe('no-target');
  });

  it('gives measures without a target no status', () => {
    expect(evaluateStatus({ ...csc022, target: null }, 65.0)).toBe('no-target');
    expect(evaluateStatus({ ...csc022, target: null }, null)).toBe('no-target');
  });
});
