import { groupPeriods } from '../../src/domain/group-periods';
import { createMonthPeriod, createQuarterPeriod, createYearPeriod } from '../../src/domain/period';

describe('groupPeriods', () => {
  it('groups months, quarters and years in that order, keeping each group in the given order', () => {
    const groups = groupPeriods([createYearPeriod(2023), createMonthPeriod('2023-09'), createQuarterPeriod(2023, 2), createMonthPeriod('2023-08')]);
    expect(groups.map((g) => [g.label, g.periods.map((p) => p.key)])).toEqual([
      ['Months', ['2023-09', '2023-08']],
      ['Quarters', ['2023-24-Q2']],
      ['Financial years', ['2023-24']],
    ]);
  });

  it('leaves out kinds with no period', () => {
    expect(groupPeriods([createYearPeriod(2022)]).map((g) => g.label)).toEqual(['Financial years']);
  });
});
