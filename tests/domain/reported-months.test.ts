import { reportedMonths } from '../../src/domain/reported-months';
import { csc022, csc201, makeMeasure } from '../fixtures/make-measure';

describe('reportedMonths', () => {
  it('lists each month with a figure or a numerator once, oldest first', () => {
    const fractionOnly = makeMeasure({ id: 'fraction-only', monthly: [{ month: '2023-10', value: null, numerator: 1, denominator: 2 }] });
    const blank = makeMeasure({ id: 'blank', monthly: [{ month: '2023-11', value: null }] });
    expect(reportedMonths({ measures: [fractionOnly, csc201, csc022, blank] })).toEqual([
      '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10',
    ]);
  });
});
