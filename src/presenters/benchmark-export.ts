import type { BenchmarkSummary } from '../domain/measure-benchmarks';

/** The benchmark columns of the overview's CSV export: figures as numbers, always with the year they describe. */
export const BENCHMARK_EXPORT_COLUMNS = [
  'benchmark_year',
  'benchmark_england',
  'benchmark_region_name',
  'benchmark_region',
  'benchmark_neighbours_average',
  'rank_of_authorities',
  'authorities_ranked',
  'quartile_band',
] as const;

export function benchmarkExportCells(summary: BenchmarkSummary | null | undefined): (string | number | null)[] {
  if (!summary) return BENCHMARK_EXPORT_COLUMNS.map(() => null);
  return [
    summary.year,
    summary.england?.value ?? null,
    summary.region?.series.area.name ?? null,
    summary.region?.value ?? null,
    summary.neighboursAverage?.value ?? null,
    summary.rank?.rank ?? null,
    summary.rank?.of ?? null,
    summary.rank?.band ?? null,
  ];
}
