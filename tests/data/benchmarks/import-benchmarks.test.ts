import { describeEesIssue, importBenchmarks } from '../../../src/data/benchmarks/import-benchmarks';
import type { BenchmarkSeries } from '../../../src/domain/benchmarks';

/** A small synthetic file in EES form: one row per year, level, authority and characteristic. Every name is invented. */
const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,characteristic,rereferral_percent';
const row = (year: string, level: string, region: string, la: [string, string, string] | null, characteristic: string, value: string) =>
  [year, 'Reporting year', level, 'E92000001', 'England', region ? 'E12000001' : '', region, ...(la ?? ['', '', '']), characteristic, value].join(',');

function cinFile(extra: string[] = []): string {
  const lines = [HEADER];
  for (const [year, own, first, second, third] of [
    ['2022', '17.0', '20.4', 'c', '25.1'],
    ['2023', '22.9', '19.9', '22.9', 'x'],
  ] as const) {
    lines.push(row(year, 'National', '', null, 'Total', year === '2022' ? '21.5' : '21.6'));
    lines.push(row(year, 'National', '', null, 'Male', '30'));
    lines.push(row(year, 'Regional', 'North East', null, 'Total', year === '2022' ? '23.1' : '22.0'));
    lines.push(row(year, 'Regional', 'North West', null, 'Total', '18.0'));
    lines.push(row(year, 'Local authority', 'North East', ['841', 'E06000005', 'Synthetic Darlington'], 'Total', own));
    lines.push(row(year, 'Local authority', 'North East', ['805', 'E06000001', 'Synthetic Hartlepool'], 'Total', first));
    lines.push(row(year, 'Local authority', 'North East', ['807', 'E06000003', 'Synthetic Redcar'], 'Total', second));
    lines.push(row(year, 'Local authority', 'North West', ['888', 'E10000017', 'Synthetic Lancashire'], 'Total', third));
    lines.push(row(year, 'Local authority district', 'North East', ['', 'E07000001', 'Synthetic District'], 'Total', '1'));
  }
  return [...lines, ...extra].join('\n');
}

const mapping = {
  neighbours: ['Synthetic Hartlepool', 'E06000003', 'Synthetic Nowhere'],
  sources: [{ id: 'cin', name: 'Children in need (synthetic)', published: '2023-10-26', url: 'https://example.org/cin', files: ['cin.csv'] }],
  measures: [{ measure: 'csc-026', source: 'cin', indicator: 'rereferral_percent', filters: { characteristic: 'Total' } }],
};

function imported(files = [{ path: 'data/cin.csv', text: cinFile() }], map: unknown = mapping, la = 'Synthetic Darlington') {
  const result = importBenchmarks(files, map, la);
  if (!result.ok) throw new Error(result.issues.map(describeEesIssue).join('\n'));
  return result;
}
const find = (series: BenchmarkSeries[], kind: string, name?: string) => series.find((s) => s.area.kind === kind && (!name || s.area.name === name));

describe('importBenchmarks', () => {
  it('picks England, the region, this authority, its neighbours and every authority, for several years', () => {
    const { benchmarks } = imported();
    expect(benchmarks.authority).toEqual({ name: 'Synthetic Darlington', code: 'E06000005' });
    expect(benchmarks.sources).toEqual([{ id: 'cin', name: 'Children in need (synthetic)', published: '2023-10-26', url: 'https://example.org/cin' }]);
    expect(find(benchmarks.series, 'england')?.points).toEqual([{ period: '2021/22', value: 21.5 }, { period: '2022/23', value: 21.6 }]);
    // The region is the one on this authority's rows; other regions are left out.
    expect(find(benchmarks.series, 'region')).toMatchObject({ area: { name: 'North East' }, points: [{ value: 23.1 }, { value: 22.0 }] });
    expect(benchmarks.series.filter((s) => s.area.kind === 'region')).toHaveLength(1);
    expect(find(benchmarks.series, 'this-authority')?.points.map((p) => p.value)).toEqual([17.0, 22.9]);
    // A neighbour named by its name and one by its new_la_code; Lancashire is one of all the authorities.
    expect(benchmarks.series.filter((s) => s.area.kind === 'neighbour').map((s) => s.area.name)).toEqual(['Synthetic Hartlepool', 'Synthetic Redcar']);
    expect(find(benchmarks.series, 'authority')?.area).toEqual({ kind: 'authority', name: 'Synthetic Lancashire', code: 'E10000017' });
    // Other geographic levels (local authority districts) are skipped.
    expect(benchmarks.series.some((s) => s.area.name === 'Synthetic District')).toBe(false);
  });

  it('keeps suppressed and missing figures as null with their code, and averages only the neighbours with a figure', () => {
    const { benchmarks } = imported();
    expect(find(benchmarks.series, 'neighbour', 'Synthetic Redcar')?.points[0]).toEqual({ period: '2021/22', value: null, symbol: 'c' });
    expect(find(benchmarks.series, 'authority')?.points[1]).toEqual({ period: '2022/23', value: null, symbol: 'x' });
    expect(find(benchmarks.series, 'neighbours-average')?.points).toEqual([
      { period: '2021/22', value: 20.4, basedOn: 1 },
      { period: '2022/23', value: 21.4, basedOn: 2 },
    ]);
  });

  it('warns about a neighbour missing from the files instead of failing', () => {
    expect(imported().warnings).toContain('Statistical neighbour "Synthetic Nowhere" is not in the files: the neighbours\' average leaves it out.');
  });

  it('keeps only the neighbours when the mapping says so, and applies a scale', () => {
    const { benchmarks } = imported(undefined, { ...mapping, authorities: 'neighbours', measures: [{ ...mapping.measures[0], scale: 0.5 }] });
    expect(benchmarks.series.some((s) => s.area.kind === 'authority')).toBe(false);
    expect(find(benchmarks.series, 'england')?.points[1]?.value).toBe(10.8);
  });

  it('reads a measure from each of several files', () => {
    const second = cinFile().replace(/rereferral_percent/, 'assessment_percent');
    const map = {
      ...mapping,
      sources: [...mapping.sources, { id: 'cin-2', name: 'Assessments (synthetic)', published: '2023-11-01', url: 'https://example.org/a', files: ['assessments.csv'] }],
      measures: [...mapping.measures, { measure: 'csc-038', source: 'cin-2', indicator: 'assessment_percent', filters: { characteristic: 'Total' } }],
    };
    const { benchmarks } = imported([{ path: 'cin.csv', text: cinFile() }, { path: 'assessments.csv', text: second }], map);
    expect(new Set(benchmarks.series.map((s) => s.measure))).toEqual(new Set(['csc-026', 'csc-038']));
  });
});

describe('importBenchmarks: bad files get their file, row and column', () => {
  const problems = (text: string, map: unknown = mapping, la = 'Synthetic Darlington') => {
    const result = importBenchmarks([{ path: 'cin.csv', text }], map, la);
    return result.ok ? [] : result.issues.map(describeEesIssue);
  };

  it('names an unreadable figure and an unreadable period', () => {
    const text = cinFile().replace('Synthetic Hartlepool,Total,20.4', 'Synthetic Hartlepool,Total,20,4').replace(/^2023,Reporting year,National(.*)Total,21.6$/m, '202223,Reporting year,National$1Total,21.6');
    expect(problems(text)).toEqual([
      'cin.csv, row 7: the row has 13 cells but there are 12 headings: is there an unquoted comma, such as a decimal comma?',
      'cin.csv, row 11, column time_period: "202223" is not a four-digit year, which "Reporting year" needs',
    ]);
    expect(problems(cinFile().replace('Total,25.1', 'Total,n/a'))).toEqual(['cin.csv, row 9, column rereferral_percent: "n/a" is neither a number nor a GSS symbol (c, x, z, low, u, k, or blank)']);
  });

  it('names a missing column', () => {
    expect(problems(cinFile().replace('geographic_level', 'level'))).toEqual(['cin.csv, row 1, column geographic_level: the column "geographic_level" is not in the file\'s headings (DfE open data standards require it)']);
    expect(problems(cinFile().replace(',characteristic,', ',breakdown,'))).toEqual(['cin.csv, row 1, column characteristic: the column "characteristic" is not in the file\'s headings (named in the mapping)']);
  });

  it('names both rows when the filters do not pick one row per authority and year', () => {
    const map = { ...mapping, measures: [{ ...mapping.measures[0], filters: {} }] };
    expect(problems(cinFile(), map)[0]).toBe('cin.csv, row 3: a second row for England, 2021/22, measure csc-026 (the first is row 2): add a filter to the mapping so that one row is picked');
  });

  it('says when this authority is not in the files, or the file is not in the mapping', () => {
    expect(problems(cinFile(), mapping, 'Atlantis')).toEqual(['column la_name: no local authority rows for "Atlantis" in the files (they name "Synthetic Darlington", "Synthetic Hartlepool", "Synthetic Redcar"…): check --la or the mapping\'s authority']);
    expect(importBenchmarks([{ path: 'other.csv', text: cinFile() }], mapping, 'Synthetic Darlington')).toEqual({
      ok: false,
      issues: [{ file: 'other.csv', row: null, column: null, message: 'no source in the mapping names this file: add "other.csv" to the files of a source' }],
    });
  });

  it('checks the mapping itself', () => {
    expect(problems(cinFile(), { ...mapping, measures: [{ ...mapping.measures[0], measure: 'CSC 026' }] })).toEqual(['mapping, column measures[0].measure: must be a slug such as "csc-026"']);
    expect(problems(cinFile(), { ...mapping, measures: [{ ...mapping.measures[0], source: 'nope' }] })).toEqual(['mapping, column measures[0].source: unknown source "nope"']);
    expect(importBenchmarks([{ path: 'cin.csv', text: cinFile() }], mapping)).toMatchObject({ ok: false, issues: [{ column: 'authority' }] });
  });
});
