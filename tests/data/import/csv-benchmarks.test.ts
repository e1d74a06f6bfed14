import { readFileSync } from 'node:fs';
import { importText } from '../../../src/data/import/import-file';

/**
 * Benchmark rows added to the good CSV fixture: the figures are synthetic (the bundled report prints no benchmarks).
 * Extra columns go at the end of every row; a benchmark row leaves the measure's details blank.
 */
const good = readFileSync('tests/fixtures/import/good.csv', 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
const EXTRA = ',Benchmark,Benchmark Name,Benchmark Source,Benchmark Published,Benchmark URL';
const benchmarkRow = (period: string, value: string, kind: string, name = '', source = '', published = '', url = '') =>
  `csc-022,,,,,,,,,,,,,${period},${value},,,,,,${kind},${name},${source},${published},${url}`;

function csvWith(rows: string[]): string {
  return [`${good[0]}${EXTRA}`, ...good.slice(1).map((line) => `${line},,,,,`), ...rows].join('\n');
}

const SOURCE = ['Children in need 2023 (synthetic)', '2023-10-26', 'https://example.org/cin'] as const;

describe('benchmark rows in the CSV long format', () => {
  it('become the benchmarks part: England, a region, the neighbours, with their source, and symbols kept', async () => {
    const text = csvWith([
      benchmarkRow('2022/23', '81.0%', 'England', '', ...SOURCE),
      benchmarkRow('2021/22', '79.5', 'England'),
      benchmarkRow('2022/23', '78.2', 'Region', 'North East'),
      benchmarkRow('2022/23', 'c', 'Neighbours'),
    ]);
    const result = await importText(text, 'good.csv', { authority: 'Darlington Borough Council' });
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(result.dataset.benchmarks).toEqual({
      authority: { name: 'Darlington Borough Council' },
      sources: [{ id: 'children-in-need-2023-synthetic', name: 'Children in need 2023 (synthetic)', published: '2023-10-26', url: 'https://example.org/cin' }],
      series: [
        { measure: 'csc-022', source: 'children-in-need-2023-synthetic', area: { kind: 'england', name: 'England' }, points: [{ period: '2021/22', value: 79.5 }, { period: '2022/23', value: 81 }] },
        { measure: 'csc-022', source: 'children-in-need-2023-synthetic', area: { kind: 'region', name: 'North East' }, points: [{ period: '2022/23', value: 78.2 }] },
        {
          measure: 'csc-022',
          source: 'children-in-need-2023-synthetic',
          area: { kind: 'neighbours-average', name: 'Statistical neighbours (average)' },
          points: [{ period: '2022/23', value: null, symbol: 'c' }],
        },
      ],
    });
    // The council's own figures are untouched by the benchmark rows.
    expect(result.dataset.measures[0]?.annual.map((a) => a.year)).toEqual(['2022/23', '2023/24']);
  });

  it('names the row and column of each problem', async () => {
    const text = csvWith([
      benchmarkRow('2022/23', '181.0', 'England', '', ...SOURCE),
      benchmarkRow('2022/23', '70', 'Region'),
      benchmarkRow('2022/23', 'n/a', 'Neighbours'),
      benchmarkRow('2022/23', '70', 'Galaxy'),
      benchmarkRow('2022/23', '70', 'England'),
    ]);
    const result = await importText(text, 'good.csv', { authority: 'Darlington Borough Council' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'Row 20, column value: a percentage must be between 0 and 100 (got 181)',
      'Row 21, column benchmark_name: a region benchmark needs the area\'s name (e.g. "North East" or "Hartlepool")',
      'Row 22, column value: "n/a" is not a number, nor a GSS symbol (c, x, z, low, u, k)',
      'Row 23, column benchmark: "Galaxy" is not one of "england", "region", "neighbours-average", "this-authority", "neighbour", "authority"',
      'Row 24, column period: 2022/23 is already given for England beside measure "csc-022" on row 20',
    ]);
  });

  it('needs each source\'s publication date and link', async () => {
    const result = await importText(csvWith([benchmarkRow('2022/23', '81.0', 'England', '', 'A synthetic source')]), 'good.csv', { authority: 'Darlington Borough Council' });
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'Row 20, column benchmark_published: source "A synthetic source" has no benchmark_published: give it on at least one of its rows',
      'Row 20, column benchmark_url: source "A synthetic source" has no benchmark_url: give it on at least one of its rows',
    ]);
  });
});
