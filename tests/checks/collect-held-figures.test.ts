import { collectHeldFigures, collectHeldFiguresByMeasure } from '../../src/checks/collect-held-figures';
import { makeDataset } from '../fixtures/make-dataset';
import type { Measure } from '../../src/domain/indicators';
import { csc178, csc201, makeMeasure, monthsFrom } from '../fixtures/make-measure';

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

  it('gives every measure of a dataset its own figures, shares included, in one pass', () => {
    const csc200 = makeMeasure({ id: 'csc-200', unit: 'count', basis: 'snapshot', partOf: 'csc-201', monthly: monthsFrom([16, 17, 17, 18, 16, 18]) });
    const dataset = { ...reporting, measures: [csc200, csc201, csc178] };
    const byMeasure = collectHeldFiguresByMeasure(dataset);
    expect([...byMeasure.keys()]).toEqual(['csc-200', 'csc-201', 'csc-178']);
    for (const measure of dataset.measures) expect(byMeasure.get(measure.id)).toEqual(collectHeldFigures([measure], dataset));
    expect(byMeasure.get('csc-200')?.some((h) => h.role === 'share')).toBe(true);
  });
});

describe('collectHeldFigures, figure by figure', () => {
  const base = (period: string | null, label: string) => ({ measureId: 'm', period, label });

  it('holds target, months (a fraction worked out when the value is missing), Annual Trend and their parts', () => {
    const measure = makeMeasure({
      id: 'm',
      target: 90,
      monthly: [
        { month: '2023-04', value: 80, numerator: 8, denominator: 10 },
        { month: '2023-05', value: null, numerator: 3, denominator: 4 },
        { month: '2023-06', value: 50 },
        { month: '2023-07', value: null },
      ],
      annual: [{ year: '2023/24', value: 70, numerator: 7, denominator: 10 }],
    });
    // Q1 falls back to the latest month (June has no fraction) and the year comes from its Annual Trend row:
    // neither adds a figure of its own.
    expect(collectHeldFigures([measure], reporting)).toEqual([
      { unit: 'percent', value: 90, ...base(null, 'target'), role: 'target' },
      { unit: 'percent', value: 80, ...base('2023-04', 'Apr 2023'), role: 'value', fraction: { numerator: 8, denominator: 10 } },
      { unit: 'count', value: 8, ...base('2023-04', 'Apr 2023'), role: 'numerator' },
      { unit: 'count', value: 10, ...base('2023-04', 'Apr 2023'), role: 'denominator' },
      { unit: 'percent', value: 75, ...base('2023-05', 'May 2023'), role: 'value', fraction: { numerator: 3, denominator: 4 } },
      { unit: 'count', value: 3, ...base('2023-05', 'May 2023'), role: 'numerator' },
      { unit: 'count', value: 4, ...base('2023-05', 'May 2023'), role: 'denominator' },
      { unit: 'percent', value: 50, ...base('2023-06', 'Jun 2023'), role: 'value' },
      { unit: 'percent', value: 70, ...base('2023/24', '2023/24'), role: 'value', fraction: { numerator: 7, denominator: 10 } },
      { unit: 'count', value: 7, ...base('2023/24', '2023/24'), role: 'numerator' },
      { unit: 'count', value: 10, ...base('2023/24', '2023/24'), role: 'denominator' },
    ]);
  });

  it('holds sums of an additive count for each quarter and year, and names rates as rates', () => {
    const counts = makeMeasure({ id: 'm', unit: 'count', polarity: 'neutral', additive: true, monthly: monthsFrom([1, 2, 3]) });
    expect(collectHeldFigures([counts], reporting).filter((h) => h.label.startsWith('Q') || h.label === '2023/24')).toEqual([
      { unit: 'count', value: 6, ...base('2023-24-Q1', 'Q1 2023/24'), role: 'value' },
      { unit: 'count', value: 6, ...base('2023-24', '2023/24'), role: 'value' },
    ]);
    const rate = makeMeasure({ id: 'm', unit: 'rate-per-10k', polarity: 'neutral', basis: 'snapshot', monthly: monthsFrom([50.5]) });
    expect(collectHeldFigures([rate], reporting)).toEqual([
      { unit: 'rate', value: 50.5, ...base('2023-04', 'Apr 2023'), role: 'value' },
      { unit: 'rate', value: 50.5, ...base('2023-24-Q1', 'Q1 2023/24'), role: 'value' },
      { unit: 'rate', value: 50.5, ...base('2023-24', '2023/24'), role: 'value' },
    ]);
  });

  it('works out each quarter of a year-to-date count, Q1 counting from nothing', () => {
    const ytd = makeMeasure({ id: 'm', unit: 'count', polarity: 'neutral', basis: 'year-to-date', monthly: monthsFrom([5, 9, 12, 15, 20, 26]) });
    // The quarters' year-to-date figures (their last months), then each quarter's own part, newest first.
    expect(collectHeldFigures([ytd], reporting).filter((h) => h.period?.includes('-Q'))).toEqual([
      { unit: 'count', value: 26, ...base('2023-24-Q2', 'Q2 2023/24'), role: 'value' },
      { unit: 'count', value: 12, ...base('2023-24-Q1', 'Q1 2023/24'), role: 'value' },
      { unit: 'count', value: 14, ...base('2023-24-Q2', 'Q2 2023/24'), role: 'value' },
      { unit: 'count', value: 12, ...base('2023-24-Q1', 'Q1 2023/24'), role: 'value' },
    ]);
  });

  it('works out a year-to-date percentage’s quarters from its fractions, and only when it can', () => {
    const ytd = makeMeasure({
      id: 'm',
      basis: 'year-to-date',
      monthly: [
        { month: '2023-06', value: 75, numerator: 3, denominator: 4 },
        { month: '2023-09', value: 50, numerator: 5, denominator: 10 },
      ],
    });
    const q1 = base('2023-24-Q1', 'Q1 2023/24');
    const q2 = base('2023-24-Q2', 'Q2 2023/24');
    expect(collectHeldFigures([ytd], reporting).filter((h) => h.period?.includes('-Q'))).toEqual([
      { unit: 'percent', value: 50, ...q2, role: 'value', fraction: { numerator: 5, denominator: 10 } },
      { unit: 'count', value: 5, ...q2, role: 'numerator' },
      { unit: 'count', value: 10, ...q2, role: 'denominator' },
      { unit: 'percent', value: 75, ...q1, role: 'value', fraction: { numerator: 3, denominator: 4 } },
      { unit: 'count', value: 3, ...q1, role: 'numerator' },
      { unit: 'count', value: 4, ...q1, role: 'denominator' },
      // Each quarter's own part: Sep 5 / 10 less Jun 3 / 4 is 2 / 6; Q1 from nothing is Jun's 3 / 4.
      { unit: 'percent', value: (100 * 2) / 6, ...q2, role: 'value', fraction: { numerator: 2, denominator: 6 } },
      { unit: 'count', value: 2, ...q2, role: 'numerator' },
      { unit: 'count', value: 6, ...q2, role: 'denominator' },
      { unit: 'percent', value: 75, ...q1, role: 'value', fraction: { numerator: 3, denominator: 4 } },
      { unit: 'count', value: 3, ...q1, role: 'numerator' },
      { unit: 'count', value: 4, ...q1, role: 'denominator' },
    ]);
    // No June: Q2 has no start. No growth in the denominator: no share. A rate: nothing.
    const increments = (monthly: Measure['monthly'], unit: Measure['unit'] = 'percent') =>
      collectHeldFigures([makeMeasure({ id: 'm', unit, basis: 'year-to-date', monthly })], reporting).filter((h) => h.period === '2023-24-Q2' && h.value !== 50 && h.value !== 5 && h.value !== 10);
    expect(increments([{ month: '2023-08', value: 60, numerator: 3, denominator: 5 }, { month: '2023-09', value: 50, numerator: 5, denominator: 10 }])).toEqual([]);
    expect(increments([{ month: '2023-06', value: 50, numerator: 5, denominator: 10 }, { month: '2023-09', value: 50, numerator: 5, denominator: 10 }])).toEqual([]);
    expect(increments([{ month: '2023-06', value: 50 }, { month: '2023-09', value: 50 }])).toEqual([]);
    expect(increments([{ month: '2023-06', value: 20 }, { month: '2023-09', value: 50 }], 'rate-per-10k')).toEqual([]);
  });

  it('holds a count’s share of its whole for months and like-for-like periods only', () => {
    const whole = makeMeasure({ id: 'whole', unit: 'count', polarity: 'neutral', basis: 'snapshot', monthly: monthsFrom([200, 0, null, 250]) });
    const part = makeMeasure({ id: 'm', unit: 'count', polarity: 'neutral', basis: 'snapshot', partOf: 'whole', monthly: monthsFrom([50, 10, 5, 25]) });
    const shares = collectHeldFigures([part], { ...reporting, measures: [part, whole] }).filter((h) => h.role === 'share');
    expect(shares).toEqual([
      { unit: 'percent', value: 25, ...base('2023-04', 'Apr 2023'), role: 'share', fraction: { numerator: 50, denominator: 200 } },
      { unit: 'percent', value: 10, ...base('2023-07', 'Jul 2023'), role: 'share', fraction: { numerator: 25, denominator: 250 } },
      { unit: 'percent', value: 10, ...base('2023-24-Q2', 'Q2 2023/24'), role: 'share', fraction: { numerator: 25, denominator: 250 } },
      { unit: 'percent', value: 10, ...base('2023-24', '2023/24'), role: 'share', fraction: { numerator: 25, denominator: 250 } },
    ]);
    const monthlyWhole = { ...whole, basis: 'month' as const, additive: true };
    const unlike = collectHeldFigures([part], { ...reporting, measures: [part, monthlyWhole] }).filter((h) => h.role === 'share' && h.period?.includes('-'));
    expect(unlike.map((h) => h.period)).toEqual(['2023-04', '2023-07']);
    const percentPart = { ...part, unit: 'percent' as const };
    expect(collectHeldFigures([percentPart], { ...reporting, measures: [percentPart, whole] }).filter((h) => h.role === 'share')).toEqual([]);
    const unknownWhole = { ...part, partOf: 'nowhere' };
    expect(collectHeldFigures([unknownWhole], reporting).filter((h) => h.role === 'share')).toEqual([]);
  });
});
