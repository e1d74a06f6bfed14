import type { BenchmarkPoint, BenchmarkSeries, BenchmarkSource, Benchmarks } from './benchmarks';
import type { Dataset, Measure } from './indicators';
import { rankAmongAuthorities, type AuthorityRank } from './rank-among-authorities';
import { compareIsoText } from './compare-iso-text';

/** One measure's benchmark series, sorted into the comparisons a manager reads. */
export type MeasureBenchmarks = {
  england: BenchmarkSeries | null;
  region: BenchmarkSeries | null;
  neighboursAverage: BenchmarkSeries | null;
  thisAuthority: BenchmarkSeries | null;
  /** The council, its neighbours and every other authority the source lists, for ranks. */
  authorities: BenchmarkSeries[];
  /** True when the source lists authorities beyond the neighbours, so that a rank among all of them means something. */
  hasAllAuthorities: boolean;
  sourceOf: (series: BenchmarkSeries) => BenchmarkSource | undefined;
};

/** Groups the file's benchmark series by measure, once per dataset. */
export function groupBenchmarks(dataset: Dataset): Map<string, MeasureBenchmarks> {
  const benchmarks: Benchmarks | undefined = dataset.benchmarks;
  const byMeasure = new Map<string, BenchmarkSeries[]>();
  if (!benchmarks) return new Map();
  for (const series of benchmarks.series) byMeasure.set(series.measure, [...(byMeasure.get(series.measure) ?? []), series]);
  const sources = new Map(benchmarks.sources.map((source) => [source.id, source]));
  const sourceOf = (series: BenchmarkSeries) => sources.get(series.source);
  return new Map(
    [...byMeasure].map(([measureId, list]) => {
      // A later source (a newer publication) wins where two give the same comparison.
      const newest = (kind: string) =>
        list.filter((s) => s.area.kind === kind).sort((a, b) => compareIsoText(sourceOf(b)?.published ?? '', sourceOf(a)?.published ?? ''))[0] ?? null;
      const authorities = list.filter((s) => s.area.kind === 'this-authority' || s.area.kind === 'neighbour' || s.area.kind === 'authority');
      return [
        measureId,
        {
          england: newest('england'),
          region: newest('region'),
          neighboursAverage: newest('neighbours-average'),
          thisAuthority: newest('this-authority'),
          authorities,
          hasAllAuthorities: authorities.some((s) => s.area.kind === 'authority'),
          sourceOf,
        },
      ];
    }),
  );
}

/** Benchmarks sit beside percentages and rates only: a council's count beside England's means nothing. */
export function isBenchmarkable(measure: Pick<Measure, 'unit'>): boolean {
  return measure.unit !== 'count';
}

export type BenchmarkFigure = { value: number | null; point: BenchmarkPoint | null; series: BenchmarkSeries };

/** The benchmarks of one financial year, with the council's own published figure and its rank among all authorities. */
export type BenchmarkSummary = {
  /** "2022/23": always shown, since a benchmark is usually a year or more older than the council's own figures. */
  year: string;
  england: BenchmarkFigure | null;
  region: BenchmarkFigure | null;
  neighboursAverage: BenchmarkFigure | null;
  thisAuthority: BenchmarkFigure | null;
  /** Null unless every authority's figure is in the file and the council's own is among them. */
  rank: AuthorityRank | null;
};

/**
 * The latest financial year up to `throughYear` with an England, region or neighbours figure for the measure;
 * null when there is none, or for a count.
 */
export function summariseBenchmarks(measure: Measure, benchmarks: MeasureBenchmarks | undefined, throughYear: string): BenchmarkSummary | null {
  if (!benchmarks || !isBenchmarkable(measure)) return null;
  const comparisons = [benchmarks.england, benchmarks.region, benchmarks.neighboursAverage];
  const years = comparisons.flatMap((series) => (series?.points ?? []).filter((p) => p.value !== null && isYear(p.period)).map((p) => p.period));
  const year = years.filter((y) => y <= throughYear).sort().at(-1);
  if (!year) return null;
  return summariseBenchmarkYear(measure, benchmarks, year);
}

/** The benchmarks of one named financial year, for the annual chart and table. */
export function summariseBenchmarkYear(measure: Measure, benchmarks: MeasureBenchmarks, year: string): BenchmarkSummary {
  const thisAuthority = figureOf(benchmarks.thisAuthority, year);
  const own = thisAuthority?.value ?? null;
  const all = benchmarks.authorities.flatMap((series) => {
    const value = series.points.find((p) => p.period === year)?.value;
    return value === null || value === undefined ? [] : [value];
  });
  return {
    year,
    england: figureOf(benchmarks.england, year),
    region: figureOf(benchmarks.region, year),
    neighboursAverage: figureOf(benchmarks.neighboursAverage, year),
    thisAuthority,
    rank: coversAllAuthorities(benchmarks, year) && own !== null ? rankAmongAuthorities(own, all, measure.polarity) : null,
  };
}

/** A year ranks among all authorities only where the source lists authorities beyond the neighbours for that year. */
function coversAllAuthorities(benchmarks: MeasureBenchmarks, year: string): boolean {
  return benchmarks.hasAllAuthorities && benchmarks.authorities.some((s) => s.area.kind === 'authority' && s.points.some((p) => p.period === year));
}

function figureOf(series: BenchmarkSeries | null, period: string): BenchmarkFigure | null {
  if (!series) return null;
  const point = series.points.find((p) => p.period === period) ?? null;
  return { value: point?.value ?? null, point, series };
}

const isYear = (period: string) => /^\d{4}\/\d{2}$/.test(period);
