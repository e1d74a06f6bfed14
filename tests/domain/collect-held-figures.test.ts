import { collectHeldFigures } from '../../src/domain/collect-held-figures';
import { makeDataset } from '../fixtures/make-dataset';
import { csc178, csc201, makeMeasure, monthsFrom } from './make-measure';

const reporting = makeDataset();

describe('collectHeldFigures', () => {
  it('holds the months, the Annual Trend, the target, and the weighted quarter 40 / 57 = 70.2%', () => {
    const held = collectHeldFigures([{ ...csc178, target: 95 }], reporting);
    expect(held).toContainEqual({ unit: 'percent', value: 95, measureId: 'csc-178', period: null, label: 'target', role: 'target' });
    expect(held).toContainEqual(expect.objectContaining({ unit: 'percent', value: 83.9, period: '2023-09', fraction: { numerator: 26, denominator: 31 } }));
    expect(held).toContainEqual(expect.objectContaining({ unit: 'percent', value: 70.2, period: '2023-24-Q2', label: 'Q2 2023/24', fraction: { numerator: 40, denominator: 57 } }));
    expect(held).toContainEqual(expect.objectContaining({ unit: 'count', value: 57, period: '2023-24-Q2', role: 'denominator' }));
  });

  it("works out a quarter's own part of a year-to-date fraction: CSC 176 Sep 76 / 104 less Jun 36 / 47", () => {
    const csc176 = makeMeasure({
      id: 'csc-176',
      basis: 'year-to-date',
      monthly: [
        { month: '2023-06', value: 76.6, numerator: 36, denominator: 47 },
        { month: '2023-09', value: 73.1, numerator: 76, denominator: 104 },
      ],
    });
    const quarter = collectHeldFigures([csc176], reporting).find((h) => h.period === '2023-24-Q2' && h.role === 'value' && h.fraction?.numerator === 40);
    expect(quarter?.value).toBeCloseTo(70.175, 3);
  });

  it("holds a part's share of its whole: 18 UASC of 354 children in care", () => {
    const csc200 = makeMeasure({ id: 'csc-200', unit: 'count', basis: 'snapshot', partOf: 'csc-201', monthly: monthsFrom([16, 17, 17, 18, 16, 18]) });
    const held = collectHeldFigures([csc200], { ...reporting, measures: [csc200, csc201] });
    const september = held.find((h) => h.role === 'share' && h.period === '2023-09');
    expect(september?.value).toBeCloseTo((100 * 18) / 354, 10);
  });
});
