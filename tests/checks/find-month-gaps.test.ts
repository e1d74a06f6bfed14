import { findMonthGaps } from '../../src/checks/find-month-gaps';
import { csc022, makeMeasure, monthsFrom } from '../fixtures/make-measure';

describe('findMonthGaps', () => {
  it('finds nothing in a run of months, and treats months after the latest as not yet reported', () => {
    expect(findMonthGaps(csc022)).toEqual([]);
  });

  it('names the empty months and the figures either side: CSC 164 is blank Jun-Aug 2023 in the report', () => {
    const csc164 = makeMeasure({ id: 'csc-164', code: 'CSC 164', title: 'Of which also had an open CPP plan', unit: 'count', monthly: monthsFrom([3, 1, null, null, null, 5]) });
    expect(findMonthGaps(csc164)).toEqual([
      {
        kind: 'month-gap',
        measureId: 'csc-164',
        period: '2023-06',
        months: ['2023-06', '2023-07', '2023-08'],
        before: { month: '2023-05', text: '1' },
        after: { month: '2023-09', text: '5' },
        message: 'CSC 164 (Of which also had an open CPP plan): no figure for Jun–Aug 2023, between May 2023 (1) and Sep 2023 (5)',
      },
    ]);
  });

  it('gives each hole its own finding, and shows fractions: the quarterly IHA figures (27 / 44 in Jun, 38 / 83 in Sep)', () => {
    const iha = makeMeasure({
      id: 'iha-within-20-working-days',
      title: 'Completed IHA within 20 working days (by Health)',
      monthly: [
        { month: '2023-06', value: null, numerator: 27, denominator: 44 },
        { month: '2023-09', value: null, numerator: 38, denominator: 83 },
      ],
    });
    expect(findMonthGaps(iha).map((f) => f.message)).toEqual([
      'Completed IHA within 20 working days (by Health) [iha-within-20-working-days]: no figure for Jul–Aug 2023, between Jun 2023 (27 / 44, 61.4%) and Sep 2023 (38 / 83, 45.8%)',
    ]);
    const uasc = makeMeasure({ id: 'cic-started-uasc', unit: 'count', monthly: monthsFrom([null, 2, null, 2, null, 2]) });
    expect(findMonthGaps(uasc).map((f) => f.months)).toEqual([['2023-06'], ['2023-08']]);
  });

  it('counts a month missing from the list like an empty one', () => {
    const measure = makeMeasure({ id: 'm', unit: 'count', monthly: [{ month: '2023-04', value: 1 }, { month: '2023-06', value: 2 }] });
    expect(findMonthGaps(measure).map((f) => f.months)).toEqual([['2023-05']]);
  });
});

describe('findMonthGaps edge cases', () => {
  it('sorts months the data lists out of order, and shows a fraction only with both parts', () => {
    const measure = makeMeasure({
      id: 'm',
      title: 'Visits',
      monthly: [
        { month: '2023-09', value: 50, numerator: 5 },
        { month: '2023-04', value: 40, denominator: 10 },
        { month: '2023-05', value: 41 },
      ],
    });
    expect(findMonthGaps(measure).map((f) => [f.period, f.months, f.before, f.after])).toEqual([
      ['2023-06', ['2023-06', '2023-07', '2023-08'], { month: '2023-05', text: '41.0%' }, { month: '2023-09', text: '50.0%' }],
    ]);
  });

  it('finds a gap across the turn of the year', () => {
    const measure = makeMeasure({ id: 'm', unit: 'count', monthly: [{ month: '2023-12', value: 1 }, { month: '2024-02', value: 2 }] });
    expect(findMonthGaps(measure).map((f) => f.message)).toEqual(['m [m]: no figure for Jan 2024, between Dec 2023 (1) and Feb 2024 (2)']);
  });
});
