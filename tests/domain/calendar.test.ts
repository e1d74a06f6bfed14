import { formatLongMonth, formatLongRange, formatMonth, formatMonthRange } from '../../src/domain/calendar';

describe('formatMonth and formatMonthRange', () => {
  it('writes months as the report does, with "Sep" not "Sept"', () => {
    expect(formatMonth('2023-09')).toBe('Sep 2023');
    expect(formatMonth('2024-03')).toBe('Mar 2024');
  });

  it('returns anything that is not a month unchanged', () => {
    expect(formatMonth('2023-13')).toBe('2023-13');
  });

  it('writes ranges within and across calendar years', () => {
    expect(formatMonthRange('2023-04', '2023-09')).toBe('Apr\u2013Sep 2023');
    expect(formatMonthRange('2023-10', '2024-03')).toBe('Oct 2023\u2013Mar 2024');
    expect(formatMonthRange('2023-09', '2023-09')).toBe('Sep 2023');
  });
});

describe('formatLongMonth and formatLongRange', () => {
  it('writes months out', () => {
    expect(formatLongMonth('2023-08')).toBe('August 2023');
    expect(formatLongMonth('2024-01')).toBe('January 2024');
  });

  it('names the year once within a calendar year and twice across one', () => {
    expect(formatLongRange('2023-01', '2023-07')).toBe('January to July 2023');
    expect(formatLongRange('2022-11', '2023-05')).toBe('November 2022 to May 2023');
    expect(formatLongRange('2023-08', '2023-08')).toBe('August 2023');
  });

  it('writes every month out', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => expect(formatLongMonth(`2023-${String(i + 1).padStart(2, '0')}`)).toBe(`${name} 2023`));
    names.forEach((name, i) => expect(formatMonth(`2023-${String(i + 1).padStart(2, '0')}`)).toBe(`${name.slice(0, 3)} 2023`));
  });

  it('does not take a month of a later year for one of the same year', () => {
    expect(formatLongRange('2023-11', '2024-02')).toBe('November 2023 to February 2024');
    expect(formatLongRange('2023-02', '2023-11')).toBe('February to November 2023');
  });
});
