import { parseDataset } from '../../../src/data/contract/parse-dataset';
import { makeDataset } from '../../fixtures/make-dataset';
import { makeBenchmarks, series } from '../../fixtures/make-benchmarks';
import type { Benchmarks } from '../../../src/domain/benchmarks';

const problems = (benchmarks: unknown) => {
  const result = parseDataset({ ...makeDataset(), benchmarks });
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('the benchmarks part of data contract v1', () => {
  it('is optional: a file without it is as valid as before', () => {
    expect(parseDataset(makeDataset())).toMatchObject({ ok: true });
  });

  it('accepts England, region, neighbours and authorities with sources, suppressed figures kept as null with their symbol', () => {
    const result = parseDataset({ ...makeDataset(), benchmarks: makeBenchmarks() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.benchmarks?.series.find((s) => s.area.name === 'Redcar and Cleveland')?.points[0]).toEqual({ period: '2021/22', value: null, symbol: 'c' });
  });

  it('accepts quarters and months of a source that has them', () => {
    const base = makeBenchmarks();
    expect(problems({ ...base, series: [series('csc-026', 'england', 'England', [['2023/24 Q1', 4.1], ['2023-04', 3.9]])] })).toEqual([]);
  });

  it('names every broken reference and figure with its path', () => {
    const base: Benchmarks = makeBenchmarks();
    const broken = {
      ...base,
      sources: [...base.sources, { ...base.sources[0], url: 'javascript:alert(1)' }],
      series: [
        { ...series('csc-999', 'england', 'England', [['2022/23', 4]]) },
        { ...series('csc-026', 'england', 'England', [['2022/23', 104], ['2022/23', 3], ['2022/24', 1]]), source: 'nowhere' },
        series('csc-026', 'region', 'North East', [['2022-23', 3]]),
        series('csc-026', 'neighbour', 'Hartlepool', [['2022/23', 2, 'c']]),
      ],
    };
    expect(problems(broken)).toEqual([
      'benchmarks.sources[1].url: must be an http(s) address',
      'benchmarks.series[2].points[0].period: must be a financial year ("2022/23"), a quarter ("2023/24 Q1") or a month ("2023-04")',
      'benchmarks.sources[1].id: duplicate source id "synthetic-cin"',
      'benchmarks.series[0].measure: unknown measure "csc-999"',
      'benchmarks.series[1].source: unknown source "nowhere"',
      'benchmarks.series[1].points[0].value: a percentage must be between 0 and 100 (got 104)',
      'benchmarks.series[1].points[1].period: period 2022/23 appears more than once',
      'benchmarks.series[1].points[2].period: must name two consecutive years, like "2022/23" (got "2022/24")',
      'benchmarks.series[3].points[0].symbol: a figure with a value has no symbol (got "c")',
    ]);
  });

  it('refuses the same comparison twice for one measure and source', () => {
    const base = makeBenchmarks();
    expect(problems({ ...base, series: [series('csc-026', 'england', 'England', [['2022/23', 4]]), series('csc-026', 'england', 'England', [['2021/22', 4]])] })).toEqual([
      'benchmarks.series[1].area: series 0 already holds England for this measure and source',
    ]);
  });
});
