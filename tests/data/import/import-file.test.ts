import { readFileSync } from 'node:fs';
import { importFile, importText, detectFormat, type ImportResult } from '../../../src/data/import/import-file';
import { makeDataset } from '../../fixtures/make-dataset';

const DEFAULTS = { authority: 'Darlington Borough Council', title: 'Test report' };
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);
const fileOf = (name: string, content: BlobPart, type = 'text/plain') => new File([content], name, { type });

function failure(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('importFile', () => {
  it('imports the good CSV fixture (BOM, CRLF, %, thousands, fractions, Apr-23, 2023/24) with progress', async () => {
    const phases: string[] = [];
    const result = await importFile(fileOf('good.csv', fixture('good.csv')), DEFAULTS, (progress) => phases.push(progress.phase));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('csv');
    expect(result.dataset.title).toBe('Imported performance extract');
    expect(result.dataset.reportingPeriod.asAt).toBe('2023-10-31');
    expect(result.dataset.measures.map((m) => m.id)).toEqual(['csc-022', 'csc-002', 'csc-178']);
    expect(result.dataset.measures[1]?.annual).toEqual([{ year: '2022/23', value: 1650 }]);
    expect(result.dataset.measures[2]?.monthly[6]).toEqual({ month: '2023-10', value: null, numerator: 27, denominator: 44 });
    expect(new Set(phases)).toEqual(new Set(['reading', 'parsing', 'checking']));
  });

  it('lists every problem in the bad CSV fixture with its row and column', async () => {
    const result = failure(await importFile(fileOf('bad.csv', fixture('bad.csv')), DEFAULTS));
    expect(result.message).toBe('bad.csv does not match the CSV format: 9 problems. Fix them and import the file again.');
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'Row 2, column value',
      'Row 3, column target',
      'Row 4, column period',
      'Row 5, column value',
      'Row 6, column value',
      'Row 7, column additive',
      'Row 7, column value',
      'Row 8, column unit',
      'Row 8, column value',
    ]);
  });

  it('imports JSON in data contract v1, and lists its problems with JSON paths', async () => {
    const ok = await importFile(fileOf('report.json', JSON.stringify(makeDataset())), {});
    expect(ok.ok && ok.dataset.measures).toHaveLength(3);
    const broken = makeDataset();
    broken.measures[0]!.monthly[2]!.value = 650;
    broken.measures[1]!.section = 'no-such-section';
    const result = failure(await importFile(fileOf('report.json', JSON.stringify(broken)), {}));
    expect(result.message).toBe('report.json does not match data contract v1: 2 problems. Fix them and import the file again.');
    expect(result.issues).toEqual([
      { path: 'measures[0].monthly[2].value', message: 'a percentage must be between 0 and 100 (got 650)' },
      { path: 'measures[1].section', message: 'unknown section "no-such-section"' },
    ]);
  });

  it('refuses a file over 25 MB before reading it', async () => {
    const big = { name: 'huge.csv', size: 26 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')), arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    const result = failure(await importFile(big as unknown as File, {}));
    expect(result.message).toBe('huge.csv is too large (26.0 MB): files over 25.0 MB are refused. Split it, or leave out years the dashboard does not need.');
  });

  it('explains an Excel workbook, an empty file and a binary file', async () => {
    expect(failure(await importFile(fileOf('report.xlsx', 'PK'), {})).message).toBe(
      'report.xlsx is a spreadsheet workbook, not CSV: in Excel choose File > Save As > "CSV UTF-8", then import that file.',
    );
    expect(failure(await importFile(fileOf('empty.csv', ''), {})).message).toBe('empty.csv is empty.');
    expect(failure(await importFile(fileOf('image.csv', new Uint8Array([0x89, 0x50, 0x00, 0x00, 0x01])), {})).message).toBe(
      'image.csv is not a text file: import CSV (UTF-8) or JSON.',
    );
  });
});

describe('hostile JSON files', () => {
  it('imports hostile.json with its markup kept as plain text and no prototype pollution', async () => {
    const result = await importFile(fileOf('hostile.json', fixture('hostile.json')), {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.title).toBe('Report <script>window.__pwned=1</script>');
    expect(result.dataset.sections[0]?.analysis[0]).toEqual({ type: 'list', items: ['<script>window.__pwned=1</script>', 'javascript:window.__pwned=1'] });
    expect(Object.keys(result.dataset)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['truncated JSON', JSON.stringify(makeDataset()).slice(0, 300), /^cut\.json is not valid JSON: /],
    ['NaN', '{"schemaVersion": 1, "value": NaN}', /NaN and Infinity are not allowed: write null for a missing figure\.$/],
  ])('explains %s', async (_, text, message) => {
    expect(failure(await importText(text, 'cut.json', {})).message).toMatch(message);
  });

  it('takes deep nesting in its stride and says what the top of the file should be', async () => {
    const result = failure(await importText('['.repeat(10_000) + ']'.repeat(10_000), 'deep.json', {}));
    expect(result.issues).toEqual([{ path: '(top level)', message: 'Invalid input: expected object, received array' }]);
  });
});

describe('detectFormat', () => {
  it('goes by the extension, then by the first character', () => {
    expect(detectFormat('{}', 'a.csv')).toBe('csv');
    expect(detectFormat('a,b', 'a.json')).toBe('json');
    expect(detectFormat('\uFEFF  {"a":1}', 'export')).toBe('json');
    expect(detectFormat('measure_id,title', 'export')).toBe('csv');
  });
});
