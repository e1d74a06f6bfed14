import { listAvailablePeriods } from '../../src/domain/period';
import { resolvePeriod as resolveFromPeriods } from '../../src/domain/resolve-period';
import { csc022, makeMeasure } from '../fixtures/make-measure';

const dataset = { measures: [csc022] };

const resolvePeriod = (dataset: Parameters<typeof listAvailablePeriods>[0], key: string | undefined) =>
  resolveFromPeriods(listAvailablePeriods(dataset), key);

describe('resolvePeriod', () => {
  it('opens on the latest month with a figure when the link names no period', () => {
    expect(resolvePeriod(dataset, undefined)).toEqual({ period: expect.objectContaining({ key: '2023-09', kind: 'month' }) as unknown, ignoredKey: null });
    expect(resolvePeriod(dataset, '').ignoredKey).toBeNull();
  });

  it('uses the period in the link when the data covers it', () => {
    expect(resolvePeriod(dataset, '2023-24-Q2')).toEqual({
      period: expect.objectContaining({ key: '2023-24-Q2', kind: 'quarter', label: 'Q2 2023/24' }) as unknown,
      ignoredKey: null,
    });
    expect(resolvePeriod(dataset, '2023-07').period?.key).toBe('2023-07');
  });

  it('falls back to the latest month and reports a period the data does not cover', () => {
    const resolved = resolvePeriod(dataset, '2019-20');
    expect(resolved.period?.key).toBe('2023-09');
    expect(resolved.ignoredKey).toBe('2019-20');
  });

  it('reports a key that is not a period at all', () => {
    expect(resolvePeriod(dataset, 'not-a-period')).toEqual({ period: expect.objectContaining({ key: '2023-09' }) as unknown, ignoredKey: 'not-a-period' });
  });

  it('has no period for data without figures', () => {
    expect(resolvePeriod({ measures: [makeMeasure({ id: 'empty' })] }, undefined)).toEqual({ period: null, ignoredKey: null });
    expect(resolvePeriod({ measures: [] }, '2023-09')).toEqual({ period: null, ignoredKey: '2023-09' });
  });
});
