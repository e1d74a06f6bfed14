import { compareDirection } from '../../src/domain/compare-direction';
import { csc022, csc026, csc181, csc201, csc215Episodes } from '../fixtures/make-measure';

describe('compareDirection, higher is better (CSC 022)', () => {
  it('calls the September recovery improving', () => {
    expect(compareDirection(csc022, 81.3, 65.0, 'Aug 2023')).toEqual({
      kind: 'improving',
      change: 16.3,
      relative: 16.3 / 65,
      comparedWith: 'Aug 2023',
      reason: null,
    });
  });

  it('calls the August dip worsening', () => {
    expect(compareDirection(csc022, 65.0, 86.3, 'Jul 2023')).toMatchObject({
      kind: 'worsening',
      change: -21.3,
    });
  });
});

describe('compareDirection, lower is better (CSC 026)', () => {
  it('calls a rise worsening and a fall improving', () => {
    expect(compareDirection(csc026, 6.0, 1.0, 'Jul 2023')).toMatchObject({ kind: 'worsening', change: 5 });
    expect(compareDirection(csc026, 1.4, 6.0, 'Aug 2023')).toMatchObject({ kind: 'improving', change: -4.6 });
  });
});

describe('compareDirection, neutral measures', () => {
  it('says only up or down for children in care', () => {
    expect(compareDirection(csc201, 358, 343, 'Jun 2023')).toMatchObject({ kind: 'up', change: 15 });
    expect(compareDirection(csc201, 354, 358, 'Jul 2023')).toMatchObject({ kind: 'down', change: -4 });
    expect(compareDirection(csc215Episodes, 144, 117, 'Q1 2023/24')?.relative).toBeCloseTo(27 / 117, 10);
  });

  it('keeps what the figure was compared with', () => {
    expect(compareDirection(csc181, 55.3, 50.3, 'Aug 2023')).toMatchObject({ kind: 'up', change: 5, comparedWith: 'Aug 2023', reason: null });
  });
});

describe('compareDirection, no change and no comparison', () => {
  it('reports no change for equal figures', () => {
    expect(compareDirection(csc201, 354, 354, 'Aug 2023')).toEqual({ kind: 'no-change', change: 0, relative: 0, comparedWith: 'Aug 2023', reason: null });
  });

  it('treats less than half the display precision as no change', () => {
    expect(compareDirection(csc022, 86.33, 86.3, 'Jul 2023').kind).toBe('no-change');
    expect(compareDirection(csc022, 86.36, 86.3, 'Jul 2023')).toMatchObject({ kind: 'improving', change: 0.1 });
    expect(compareDirection(csc201, 354.4, 354, 'Aug 2023').kind).toBe('no-change');
  });

  it('is unknown when either figure is missing', () => {
    const expected = { kind: 'unknown', change: null, relative: null, comparedWith: null, reason: { kind: 'no-figure' } };
    expect(compareDirection(csc022, null, 65.0, 'Aug 2023')).toEqual(expected);
    expect(compareDirection(csc022, 81.3, null, 'Sep 2022')).toEqual(expected);
  });

  it('has no relative change from zero', () => {
    expect(compareDirection(csc201, 3, 0, 'Aug 2023')).toMatchObject({ kind: 'up', change: 3, relative: null });
  });
});
