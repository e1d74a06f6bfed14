import { readEesFigure, readEesPeriod } from '../../../src/data/benchmarks/ees-cells';

describe('readEesPeriod: DfE time_period and time_identifier to our periods', () => {
  it('reads a four-digit reporting year as the year ending 31 March: 2023 is 2022/23', () => {
    expect(readEesPeriod('2023', 'Reporting year')).toEqual({ ok: true, value: '2022/23' });
    expect(readEesPeriod('2000', 'Reporting year')).toEqual({ ok: true, value: '1999/00' });
  });

  it('reads six digits of two consecutive years as a financial year, and its quarters', () => {
    expect(readEesPeriod('202223', 'Financial year')).toEqual({ ok: true, value: '2022/23' });
    expect(readEesPeriod('199900', 'Financial year')).toEqual({ ok: true, value: '1999/00' });
    expect(readEesPeriod('202324', 'Financial year Q2')).toEqual({ ok: true, value: '2023/24 Q2' });
  });

  it('reads a month with its calendar year', () => {
    expect(readEesPeriod('2023', 'April')).toEqual({ ok: true, value: '2023-04' });
    expect(readEesPeriod('2024', 'March')).toEqual({ ok: true, value: '2024-03' });
  });

  it('refuses mismatched digits, non-consecutive years and years that do not run April to March, saying why', () => {
    expect(readEesPeriod('2023', 'Financial year')).toMatchObject({ ok: false, message: expect.stringContaining('six-digit') });
    expect(readEesPeriod('202324', 'Reporting year')).toMatchObject({ ok: false, message: expect.stringContaining('four-digit') });
    expect(readEesPeriod('202224', 'Financial year')).toMatchObject({ ok: false, message: expect.stringContaining('consecutive') });
    expect(readEesPeriod('202223', 'Academic year')).toMatchObject({ ok: false, message: expect.stringContaining('does not run April to March') });
    expect(readEesPeriod('2023', 'Calendar year')).toMatchObject({ ok: false });
    expect(readEesPeriod('2023', 'Quarterly')).toMatchObject({ ok: false, message: expect.stringContaining('not a time_identifier') });
  });
});

describe('readEesFigure: numbers, or null with the GSS symbol that says why', () => {
  it('reads plain numbers', () => {
    expect(readEesFigure('21.6')).toEqual({ ok: true, value: { value: 21.6 } });
    expect(readEesFigure(' 0 ')).toEqual({ ok: true, value: { value: 0 } });
    expect(readEesFigure('1650')).toEqual({ ok: true, value: { value: 1650 } });
  });

  it('keeps every suppression and missing code as null with its code, never zero', () => {
    for (const code of ['c', 'x', 'z', 'low', 'u', 'k']) expect(readEesFigure(code)).toEqual({ ok: true, value: { value: null, symbol: code } });
    expect(readEesFigure('C')).toEqual({ ok: true, value: { value: null, symbol: 'c' } });
    expect(readEesFigure('')).toEqual({ ok: true, value: { value: null, symbol: 'blank' } });
    // The older symbols DfE's screener still knows.
    expect(readEesFigure(':')).toEqual({ ok: true, value: { value: null, symbol: 'x' } });
    expect(readEesFigure('~')).toEqual({ ok: true, value: { value: null, symbol: 'low' } });
  });

  it('refuses anything else with a message that names the cell', () => {
    expect(readEesFigure('1,650')).toMatchObject({ ok: false, message: expect.stringContaining('thousands separator') });
    expect(readEesFigure('n/a')).toEqual({ ok: false, message: '"n/a" is neither a number nor a GSS symbol (c, x, z, low, u, k, or blank)' });
    expect(readEesFigure('21.6%')).toMatchObject({ ok: false });
  });
});
