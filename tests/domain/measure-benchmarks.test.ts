import { datasetModelOf } from '../../src/domain/dataset-model';
import { groupBenchmarks, summariseBenchmarks } from '../../src/domain/measure-benchmarks';
import { csc026, csc201 } from '../fixtures/make-measure';
import { makeDataset } from '../fixtures/make-dataset';
import { makeBenchmarks } from '../fixtures/make-benchmarks';

describe('summariseBenchmarks', () => {
  const grouped = groupBenchmarks(makeDataset({ benchmarks: makeBenchmarks() }));

  it("takes the latest published year up to the period's year, with Darlington's rank among all authorities", () => {
    const summary = summariseBenchmarks(csc026, grouped.get('csc-026'), '2023/24');
    expect(summary?.year).toBe('2022/23');
    expect([summary?.england?.value, summary?.region?.value, summary?.neighboursAverage?.value, summary?.thisAuthority?.value]).toEqual([4.6, 3.1, 2.0, 0.8]);
    // Lower is better; 0.8% is shared with one other authority: =1st of 8, band A.
    expect(summary?.rank).toEqual({ rank: 1, of: 8, tiedWith: 1, band: 'A', order: 'best-first' });
  });

  it('never shows a benchmark for a later year than the period asks about', () => {
    expect(summariseBenchmarks(csc026, grouped.get('csc-026'), '2021/22')?.year).toBe('2021/22');
    expect(summariseBenchmarks(csc026, grouped.get('csc-026'), '2020/21')).toBeNull();
  });

  it('keeps a suppressed figure as null with its symbol, not zero', () => {
    const redcar = grouped.get('csc-026')?.authorities.find((s) => s.area.name === 'Redcar and Cleveland');
    expect(redcar?.points[0]).toEqual({ period: '2021/22', value: null, symbol: 'c' });
  });

  it('has no rank when the file holds only the neighbours, not every authority', () => {
    const neighboursOnly = groupBenchmarks(makeDataset({ benchmarks: makeBenchmarks({ allAuthorities: false }) }));
    const summary = summariseBenchmarks(csc026, neighboursOnly.get('csc-026'), '2023/24');
    expect(summary?.england?.value).toBe(4.6);
    expect(summary?.rank).toBeNull();
  });

  it('gives none for a count, where a council beside England means nothing, or for a measure without benchmarks', () => {
    expect(summariseBenchmarks(csc201, grouped.get('csc-201'), '2023/24')).toBeNull();
    expect(summariseBenchmarks(csc026, undefined, '2023/24')).toBeNull();
  });
});

describe('the dataset model carries benchmarks', () => {
  it("puts the latest benchmarks on each period's summaries, and none on a dataset without them", () => {
    const withBenchmarks = datasetModelOf(makeDataset({ benchmarks: makeBenchmarks() })).forPeriod('2023-09');
    expect(withBenchmarks?.summaryOf('csc-026')?.benchmark?.year).toBe('2022/23');
    expect(withBenchmarks?.summaryOf('csc-201')?.benchmark).toBeNull();
    expect(datasetModelOf(makeDataset()).forPeriod('2023-09')?.summaryOf('csc-026')?.benchmark).toBeNull();
  });
});
