import { groupBenchmarks, summariseBenchmarks } from '../../src/domain/measure-benchmarks';
import { describeBenchmarkLine, ordinal } from '../../src/presenters/describe-benchmarks';
import { benchmarkReference, buildAnnualBenchmarks } from '../../src/presenters/benchmark-figures';
import { buildAnnualFigureView, buildMonthlyFigureView } from '../../src/presenters/build-figure-views';
import { buildTileView } from '../../src/presenters/build-tile-view';
import { datasetModelOf } from '../../src/domain/dataset-model';
import { createMonthPeriod } from '../../src/domain/period';
import { csc026, csc201 } from '../fixtures/make-measure';
import { makeDataset } from '../fixtures/make-dataset';
import { makeBenchmarks } from '../fixtures/make-benchmarks';

const dataset = makeDataset({ benchmarks: makeBenchmarks() });
const grouped = groupBenchmarks(dataset);
const summary = summariseBenchmarks(csc026, grouped.get('csc-026'), '2023/24');

describe('describeBenchmarkLine', () => {
  it('names the year, each comparison with its figure, the rank and the band', () => {
    expect(describeBenchmarkLine(summary, csc026)).toEqual({
      year: '2022/23',
      comparisons: 'England 4.6% · North East 3.1% · Neighbours 2.0%',
      items: [
        { label: 'England', text: '4.6%' },
        { label: 'North East', text: '3.1%' },
        { label: 'Neighbours', text: '2.0%' },
      ],
      rankText: '=1st of 8 authorities',
      band: 'A',
      sentence: 'Published benchmarks for 2022/23: England 4.6%, North East 3.1%, Neighbours 2.0%; this authority =1st of 8 authorities, quartile band A (A is the best quarter).',
    });
  });

  it('says why a figure is missing instead of showing a zero', () => {
    const suppressed = { ...summary!, england: { ...summary!.england!, value: null, point: { period: '2022/23', value: null, symbol: 'c' as const } } };
    expect(describeBenchmarkLine(suppressed, csc026)?.comparisons).toBe('England suppressed · North East 3.1% · Neighbours 2.0%');
  });

  it('has nothing to say without a summary', () => {
    expect(describeBenchmarkLine(null, csc026)).toBeNull();
  });

  it('writes ordinals as a manager reads them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 148].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '148th',
    ]);
  });
});

describe('benchmarks on the figures', () => {
  it('puts them on the tile, with the year', () => {
    const periodModel = datasetModelOf(dataset).forPeriod('2023-09');
    expect(buildTileView(periodModel!.summaryOf('csc-026')!).benchmark?.comparisons).toBe('England 4.6% · North East 3.1% · Neighbours 2.0%');
    expect(buildTileView(periodModel!.summaryOf('csc-201')!).benchmark).toBeNull();
  });

  it('draws the latest annual benchmark on the monthly chart as a reference line named with its year', () => {
    expect(benchmarkReference(summary, csc026)).toEqual([{ value: 4.6, label: 'England 2022/23: 4.6%', kind: 'benchmark' }]);
    const view = buildMonthlyFigureView(csc026, createMonthPeriod('2023-09'), { benchmark: summary });
    expect(view.references.map((r) => r.label)).toEqual(['Target 5%', '2022/23 outturn 0.8%', 'England 2022/23: 4.6%']);
  });

  it('adds lines, tooltip figures and table columns to the annual chart, empty for years without a benchmark', () => {
    const view = buildAnnualFigureView(csc026, '2023/24', { benchmarks: grouped.get('csc-026') });
    expect(view.lines).toEqual([
      { key: 'england', label: 'England' },
      { key: 'region', label: 'North East' },
      { key: 'neighbours', label: 'Neighbours (average)' },
    ]);
    expect(view.table.columns.map((c) => c.header)).toEqual(['Figure', 'Target', 'Status', 'England', 'North East', 'Neighbours (average)', 'Rank of all authorities']);
    const byYear = Object.fromEntries(view.table.rows.map((r) => [r.key, r.cells.slice(3)]));
    expect(byYear['2021/22']).toEqual(['4.3%', '3.9%', '2.4%', '—']);
    expect(byYear['2022/23']).toEqual(['4.6%', '3.1%', '2.0%', '=1st of 8 (band A)']);
    expect(byYear['2023/24']).toEqual(['—', '—', '—', '—']);
    expect(view.points.find((p) => p.key === '2022/23')).toMatchObject({ lines: { england: 4.6, region: 3.1, neighbours: 2.0 }, more: [{ label: 'England', text: '4.6%' }, { label: 'North East', text: '3.1%' }, { label: 'Neighbours (average)', text: '2.0%' }] });
    expect(view.summary).toContain('Published benchmarks for 2022/23: England 4.6%');
    expect(view.benchmarkSources).toEqual([{ name: 'Children in need (synthetic)', published: '26 October 2023', url: 'https://example.org/synthetic' }]);
  });

  it('adds nothing for a count or a measure without benchmarks', () => {
    expect(buildAnnualBenchmarks(csc201, grouped.get('csc-201'), ['2022/23'], false).lines).toEqual([]);
    const view = buildAnnualFigureView(csc026, '2023/24');
    expect(view.lines).toEqual([]);
    expect(view.table.columns.map((c) => c.header)).toEqual(['Figure', 'Target', 'Status']);
  });
});
