import { importText } from '../../../src/data/import/import-file';
import { makeDataset } from '../../fixtures/make-dataset';
import { makeBenchmarks, series } from '../../fixtures/make-benchmarks';

const onScreen = makeDataset();
const file = (benchmarks: unknown) => JSON.stringify({ benchmarks });

describe('importing a file of benchmarks alone (npm run benchmarks without --into)', () => {
  it('adds them to the data on screen and says so', async () => {
    const result = await importText(file(makeBenchmarks()), 'benchmarks.json', { onScreen });
    expect(result).toMatchObject({ ok: true, format: 'json', warnings: ['Benchmarks for 2 measures were added to the data on screen (Darlington Borough Council).'] });
    if (result.ok) {
      expect(result.dataset.measures).toEqual(onScreen.measures);
      expect(result.dataset.benchmarks?.series).toHaveLength(makeBenchmarks().series.length);
    }
  });

  it('replaces the series of a measure and source imported again, keeping the others', async () => {
    const first = await importText(file(makeBenchmarks()), 'benchmarks.json', { onScreen });
    if (!first.ok) throw new Error(first.message);
    const again = { ...makeBenchmarks(), series: [series('csc-026', 'england', 'England', [['2023/24', 4.9]])] };
    const second = await importText(file(again), 'benchmarks-2024.json', { onScreen: first.dataset });
    if (!second.ok) throw new Error(second.message);
    expect(second.dataset.benchmarks?.series.filter((s) => s.measure === 'csc-026')).toHaveLength(1);
    expect(second.dataset.benchmarks?.series.filter((s) => s.measure === 'csc-201')).toHaveLength(1);
  });

  it('needs data on screen, and every measure it names must be in that data', async () => {
    expect(await importText(file(makeBenchmarks()), 'benchmarks.json', {})).toMatchObject({
      ok: false,
      message: 'benchmarks.json holds benchmarks only: open the indicator data they belong to first, then import this file.',
    });
    const stray = { ...makeBenchmarks(), series: [series('csc-999', 'england', 'England', [['2022/23', 4]])] };
    expect(await importText(file(stray), 'benchmarks.json', { onScreen })).toMatchObject({
      ok: false,
      message: expect.stringContaining('does not fit the data on screen (Darlington Borough Council): 1 problem(s)'),
      issues: [{ path: 'benchmarks.series[0].measure', message: 'unknown measure "csc-999"' }],
    });
  });

  it('names a malformed part by its path', async () => {
    const result = await importText(file({ ...makeBenchmarks(), sources: [{ id: 'x' }] }), 'benchmarks.json', { onScreen });
    expect(result).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ path: 'benchmarks.sources[0].name' })]) });
  });
});
