import { readBoolean, readChoice, readDate, readFigure, readNumber, readPeriod } from '../../../src/data/import/csv-cells';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(`expected a value, got: ${result.message}`);
  return result.value;
};
const message = (result: { ok: boolean; message?: string }) => (result.ok ? 'no error' : result.message);

describe('reading a number as Excel writes it', () => {
  it.each([
    ['1650', 1650],
    ['1,650', 1650],
    ['1,234,567.5', 1234567.5],
    ['  78.0 ', 78],
    ['\u00a0354\u00a0', 354],
    ['-4', -4],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('%j is %d', (cell, expected) => {
    expect(value(readNumber(cell))).toEqual({ number: expected, percent: false });
  });

  it('takes "79.8%" as 79.8 and remembers the percent sign', () => {
    expect(value(readNumber('79.8%'))).toEqual({ number: 79.8, percent: true });
    expect(value(readNumber('100 %'))).toEqual({ number: 100, percent: true });
  });

  it('reads a blank cell as no figure, never zero', () => {
    expect(value(readNumber(''))).toBeNull();
    expect(value(readNumber('   '))).toBeNull();
  });

  it.each([
    ['#DIV/0!', '"#DIV/0!" is an Excel error, not a figure: fix the formula, or leave the cell blank for no figure'],
    ['#N/A', '"#N/A" is an Excel error, not a figure: fix the formula, or leave the cell blank for no figure'],
    ['NaN', '"NaN" is not a finite number: leave the cell blank for no figure'],
    ['Infinity', '"Infinity" is not a finite number: leave the cell blank for no figure'],
    ['-inf', '"-inf" is not a finite number: leave the cell blank for no figure'],
    ['1,5', '"1,5" is not a number: write decimals with a full stop ("1.5")'],
    ['12,34,5', '"12,34,5" is not a number'],
    ['ten', '"ten" is not a number'],
    ['=A1*2', '"=A1*2" is not a number'],
  ])('refuses %j', (cell, expected) => {
    expect(message(readNumber(cell))).toBe(expected);
  });

  it('cuts a very long cell in its message', () => {
    expect(message(readNumber('x'.repeat(5000)))).toBe(`"${'x'.repeat(40)}…" is not a number`);
  });
});

describe('reading a value cell', () => {
  it('reads "27 / 44" as numerator and denominator with no value of its own', () => {
    expect(value(readFigure('27 / 44'))).toEqual({ value: null, numerator: 27, denominator: 44, percent: false });
    expect(value(readFigure('1,012/1,650'))).toEqual({ value: null, numerator: 1012, denominator: 1650, percent: false });
  });

  it('reads plain numbers and percentages', () => {
    expect(value(readFigure('65.0%'))).toEqual({ value: 65, percent: true });
    expect(value(readFigure(''))).toEqual({ value: null, percent: false });
  });

  it('refuses half a fraction or a percent inside one', () => {
    expect(message(readFigure('27 /'))).toBe('"27 /" is not a number');
    expect(message(readFigure('27% / 44'))).toBe('"27% / 44" is not a fraction like "27 / 44"');
  });
});

describe('reading a period', () => {
  it.each([
    ['2023-04', '2023-04'],
    ['2023-4', '2023-04'],
    ['Apr-23', '2023-04'],
    ['apr-23', '2023-04'],
    ['Apr 23', '2023-04'],
    ['Apr-2023', '2023-04'],
    ['April 2023', '2023-04'],
    ['Sept-23', '2023-09'],
    ['Jan-24', '2024-01'],
    ['01/04/2023', '2023-04'],
    ['2023-04-01', '2023-04'],
  ])('%j is the month %s', (cell, month) => {
    expect(value(readPeriod(cell))).toEqual({ kind: 'month', month });
  });

  it('reads a date day first, flagging one that could be month first unless its day says otherwise', () => {
    expect(value(readPeriod('4/1/2023'))).toEqual({ kind: 'month', month: '2023-01', monthFirst: '2023-04' });
    expect(value(readPeriod('05/06/2023'))).toEqual({ kind: 'month', month: '2023-06', monthFirst: '2023-05' });
    // The first or last of the month, day first: the usual way to write a period, not in doubt.
    expect(value(readPeriod('01/04/2023'))).toEqual({ kind: 'month', month: '2023-04' });
    expect(value(readPeriod('30/04/2023'))).toEqual({ kind: 'month', month: '2023-04' });
    expect(value(readPeriod('3/3/2023'))).toEqual({ kind: 'month', month: '2023-03' });
    expect(message(readPeriod('4/30/2023'))).toBe('"4/30/2023" looks like a US date (month first): write the day first ("30/04/2023") or the month as "2023-04"');
  });

  it('reads "2023/24" and "2023/2024" as the financial year 2023/24', () => {
    expect(value(readPeriod('2023/24'))).toEqual({ kind: 'year', year: '2023/24' });
    expect(value(readPeriod('2023/2024'))).toEqual({ kind: 'year', year: '2023/24' });
    expect(value(readPeriod('1999/00'))).toEqual({ kind: 'year', year: '1999/00' });
  });

  it.each([
    ['2023/25', '"2023/25" is not a financial year: the two years must follow each other, like "2023/24"'],
    ['Q2', '"Q2" is not a period: use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")'],
    ['2023-13', '"2023-13" is not a period: use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")'],
    ['Foo-23', '"Foo-23" is not a period: use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")'],
    ['', 'the period is blank: use a month ("2023-04" or "Apr-23") or a financial year ("2023/24")'],
  ])('refuses %j', (cell, expected) => {
    expect(message(readPeriod(cell))).toBe(expected);
  });
});

describe('reading dates, yes/no and choices', () => {
  it('reads ISO and UK dates and refuses impossible ones', () => {
    expect(value(readDate('2023-09-30'))).toBe('2023-09-30');
    expect(value(readDate('30/09/2023'))).toBe('2023-09-30');
    expect(value(readDate(''))).toBeNull();
    expect(message(readDate('31/09/2023'))).toBe('"31/09/2023" is not a real date');
    expect(message(readDate('Sept 30'))).toBe('"Sept 30" is not a date: write it as "2023-09-30" or "30/09/2023"');
  });

  it('reads TRUE/FALSE as Excel writes them, and yes/no', () => {
    expect(['TRUE', 'false', 'Yes', 'n', '1', '0'].map((cell) => value(readBoolean(cell)))).toEqual([true, false, true, false, true, false]);
    expect(message(readBoolean('maybe'))).toBe('"maybe" is not yes or no: write TRUE or FALSE');
  });

  it('matches choices whatever the case and spacing, with aliases', () => {
    const options = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
    expect(value(readChoice('Higher is better', options))).toBe('higher-is-better');
    expect(value(readChoice('LOWER_IS_BETTER', options))).toBe('lower-is-better');
    expect(value(readChoice('higher', options, { higher: 'higher-is-better' }))).toBe('higher-is-better');
    expect(message(readChoice('up', options))).toBe('"up" is not one of "higher-is-better", "lower-is-better", "neutral"');
  });

  it('does not find Object.prototype members through "__proto__" or "constructor"', () => {
    const options = ['percent', 'count'] as const;
    expect(readChoice('__proto__', options, { '%': 'percent' }).ok).toBe(false);
    expect(readChoice('constructor', options, { '%': 'percent' }).ok).toBe(false);
    expect(readChoice('toString', options, { '%': 'percent' }).ok).toBe(false);
  });
});
