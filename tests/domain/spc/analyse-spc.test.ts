import { analyseSpc } from '../../../src/domain/spc/analyse-spc';
import { csc022, csc036, csc178 } from '../../fixtures/make-measure';
import { makeTimeliness, monthlyFrom, OUTLIER_VALUES } from '../../fixtures/spc-series';

describe('analyseSpc', () => {
  it('refuses the report\'s 6 months of CSC 022 rather than draw limits', () => {
    expect(analyseSpc(csc022)).toEqual({ status: 'insufficient', have: 6, need: 15, message: 'Not enough data for SPC (6 of 15 months)' });
  });

  it('counts months whose figure is only a fraction (CSC 178: 10 / 11 ...)', () => {
    const fractionsOnly = { ...csc178, monthly: csc178.monthly.map((p) => ({ ...p, value: null })) };
    expect(analyseSpc(fractionsOnly)).toMatchObject({ status: 'insufficient', have: 6 });
  });

  it('never charts a year-to-date measure: it builds up through the year', () => {
    expect(analyseSpc(csc036)).toMatchObject({ status: 'not-applicable', message: 'SPC does not apply to year-to-date figures: they build up through the year' });
  });

  it('analyses 18 months across two financial years: the August 2023 outlier, a common-cause latest month, hit and miss', () => {
    const result = analyseSpc(makeTimeliness(OUTLIER_VALUES));
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.points).toHaveLength(18);
    expect(result.points[0]).toEqual({ month: '2022-04', value: 80, hits: [], segment: 0 });
    expect(result.points[16]).toEqual({ month: '2023-08', value: 50, hits: [{ rule: 'outside-limits', side: 'low' }], segment: 0 });
    expect(result.limits?.mean).toBeCloseTo(80.222, 3);
    expect(result.limits?.mrBar).toBeCloseTo(7.412, 3);
    expect(result.limits?.lowerProcessLimit).toBeCloseTo(60.507, 3);
    expect(result.episodes).toEqual([{ rule: 'outside-limits', side: 'low', start: 16, end: 16 }]);
    expect(result.variation).toEqual({ kind: 'common-cause', side: null, rules: [] });
    // The 90% target lies between 60.5 and 99.9.
    expect(result.assurance).toBe('hit-and-miss');
  });

  it('judges a past period on the months known then: through Aug 2023 the latest point is the outlier, a concern', () => {
    const result = analyseSpc(makeTimeliness(OUTLIER_VALUES), { throughMonth: '2023-08' });
    expect(result).toMatchObject({ status: 'ok', variation: { kind: 'concern', side: 'low', rules: ['outside-limits'] } });
  });

  it('needs 15 months with figures, and skips empty months rather than count them', () => {
    const fifteenWithAHole = [...OUTLIER_VALUES.slice(0, 8), null, null, null, ...OUTLIER_VALUES.slice(8, 14)];
    const result = analyseSpc(makeTimeliness(fifteenWithAHole));
    expect(result).toMatchObject({ status: 'insufficient', have: 14, message: 'Not enough data for SPC (14 of 15 months)' });
    const withOneMore = analyseSpc(makeTimeliness([...fifteenWithAHole, 80]));
    expect(withOneMore).toMatchObject({ status: 'ok', skippedMonths: ['2022-12', '2023-01', '2023-02'] });
  });

  it('reads the points in month order whatever order the file lists them in', () => {
    const shuffled = makeTimeliness([]);
    shuffled.monthly = [...monthlyFrom('2022-04', OUTLIER_VALUES)].reverse();
    const result = analyseSpc(shuffled);
    expect(result.status === 'ok' && result.points.map((p) => p.month).slice(0, 2)).toEqual(['2022-04', '2022-05']);
  });

  it('offers the 6-point shift as an option', () => {
    // Mean 810 / 16 = 50.625: the ten first alternate either side of it (53, 46), the last six are above it.
    const values = [53, 46, 53, 46, 53, 46, 53, 46, 53, 46, 52, 53, 52, 53, 52, 53];
    expect(analyseSpc(makeTimeliness(values))).toMatchObject({ variation: { kind: 'common-cause' } });
    expect(analyseSpc(makeTimeliness(values), { shiftLength: 6 })).toMatchObject({ variation: { kind: 'improvement', rules: ['shift'] } });
  });
});
