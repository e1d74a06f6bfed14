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

describe('format-long-month edge cases', () => {
  it('writes every month out', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => expect(formatLongMonth(`2023-${String(i + 1).padStart(2, '0')}`)).toBe(`${name} 2023`));
  });

  it('does not take a month of a later year for one of the same year', () => {
    expect(formatLongRange('2023-11', '2024-02')).toBe('November 2023 to February 2024');
    expect(formatLongRange('2023-02', '2023-11')).toBe('February to November 2023');
  });

  it('joins no words to nothing, and two with "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinLongMonths(['2023-06'])).toBe('June 2023');
  });
});
