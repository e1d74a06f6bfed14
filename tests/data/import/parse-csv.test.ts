import { guessDelimiter, parseCsvText } from '../../../src/data/import/parse-csv';

describe('parseCsvText', () => {
  it('handles a byte order mark, CRLF, quoted commas, doubled quotes and line breaks inside cells', async () => {
    const { records, issues } = await parseCsvText('\uFEFFa,b,c\r\n"1,650","say ""hi""","two\r\nlines"\r\n');
    expect(issues).toEqual([]);
    expect(records.slice(0, 2)).toEqual([
      ['a', 'b', 'c'],
      ['1,650', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  it('keeps blank lines as records so that row numbers stay spreadsheet rows', async () => {
    const { records } = await parseCsvText('a,b\n1,2\n\n3,4\n');
    expect(records.map((r) => r.join('|'))).toEqual(['a|b', '1|2', '', '3|4', '']);
  });

  it('reports a quoted cell that is never closed, at its spreadsheet row', async () => {
    const { issues } = await parseCsvText('a,b\n1,2\n3,"oops\n5,6\n');
    expect(issues).toEqual([
      { row: 3, column: null, message: 'a quoted cell is never closed (a " without its partner), so the rest of the file was read into it' },
    ]);
  });

  it('parses a large file in chunks, reporting progress up to 1 and row numbers across chunks', async () => {
    const lines = ['a,b', ...Array.from({ length: 30_000 }, (_, i) => `${i},"x"`), '7,"bad'];
    const progress: number[] = [];
    const { records, issues } = await parseCsvText(lines.join('\n'), (fraction) => progress.push(fraction));
    expect(records).toHaveLength(30_002);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(issues.map((issue) => issue.row)).toEqual([30_002]);
  });

  it('reads semicolon- and tab-separated files, deciding from the heading row only', async () => {
    expect(guessDelimiter('a;b;c\n"1,5";2;3')).toBe(';');
    expect(guessDelimiter('a\tb\tc\n1,650\t2\t3')).toBe('\t');
    expect(guessDelimiter('a,b\n1;2;3;4')).toBe(',');
    expect((await parseCsvText('a;b\n1;2\n')).records[1]).toEqual(['1', '2']);
  });
});
