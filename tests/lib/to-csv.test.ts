import { toCsv } from '../../src/lib/to-csv';

describe('toCsv', () => {
  it('starts with a byte order mark and ends lines with CRLF, for Excel', () => {
    const csv = toCsv(['code', 'value'], [['CSC 022', 81.3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('code,value\r\nCSC 022,81.3\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(['title'], [['% ICPC\'s held within 15 days (CPP), excl. "transfer-in"'], ['two\nlines']]);
    expect(csv.slice(1)).toBe('title\r\n"% ICPC\'s held within 15 days (CPP), excl. ""transfer-in"""\r\n"two\nlines"\r\n');
  });

  it('writes missing figures as empty cells and keeps negative numbers as numbers', () => {
    expect(toCsv(['value', 'variance'], [[null, -8.7]]).slice(1)).toBe('value,variance\r\n,-8.7\r\n');
  });

  it('escapes text that Excel would run as a formula', () => {
    const csv = toCsv(['title'], [['=HYPERLINK("http://evil")'], ['@SUM(A1)']]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'@SUM(A1)");
  });
});
