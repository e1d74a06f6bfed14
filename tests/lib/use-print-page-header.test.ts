import { toCssString } from '../../src/lib/use-print-page-header';

describe('toCssString', () => {
  it('quotes plain text', () => {
    expect(toCssString('Darlington Borough Council · Q2 2023/24')).toBe('"Darlington Borough Council · Q2 2023/24"');
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in the data', () => {
    expect(toCssString('Evil" } body { display: none } @page { x: "')).toBe('"Evil\\" } body { display: none } @page { x: \\""');
    expect(toCssString('a\\"b')).toBe('"a\\\\\\"b"');
    expect(toCssString('two\nlines')).toBe('"two lines"');
  });
});
