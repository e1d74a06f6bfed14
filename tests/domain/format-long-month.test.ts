import { formatLongMonth, formatLongRange, joinLongMonths, joinWords } from '../../src/domain/format-long-month';

describe('format-long-month', () => {
  it('writes months out', () => {
    expect(formatLongMonth('2023-08')).toBe('August 2023');
    expect(formatLongMonth('2024-01')).toBe('January 2024');
  });

  it('names the year once within a calendar year and twice across one', () => {
    expect(formatLongRange('2023-01', '2023-07')).toBe('January to July 2023');
    expect(formatLongRange('2022-11', '2023-05')).toBe('November 2022 to May 2023');
    expect(formatLongRange('2023-08', '2023-08')).toBe('August 2023');
  });

  it('lists months sharing a year with the year once', () => {
    expect(joinLongMonths(['2023-06', '2023-08'])).toBe('June and August 2023');
    expect(joinLongMonths(['2023-04', '2023-05', '2023-09'])).toBe('April, May and September 2023');
    expect(joinLongMonths(['2022-12', '2023-01'])).toBe('December 2022 and January 2023');
    expect(joinWords(['a'])).toBe('a');
  });
});
