import type { Measure } from '../domain/indicators';
import { summariseBenchmarkYear, type BenchmarkSummary, type MeasureBenchmarks } from '../domain/measure-benchmarks';
import type { BenchmarkLineKey, ChartLineSeries, ChartReference, FiguresTableColumn } from './chart-views';
import { comparisonsOf, describeBenchmarkLine, describeFigure, describeRank, type Comparison } from './describe-benchmarks';
import { formatDate, formatValue } from './format';

/** A source named under a chart: "Characteristics of children in need 2023, published 26 October 2023". */
export type BenchmarkSourceView = { name: string; published: string; url: string };

/** What the annual chart and its table add for benchmarks; empty when the measure has none. */
export type AnnualBenchmarks = {
  lines: ChartLineSeries[];
  valuesOf: (year: string) => Partial<Record<BenchmarkLineKey, number | null>>;
  tooltipOf: (year: string) => { label: string; text: string }[];
  columns: FiguresTableColumn[];
  cellsOf: (year: string) => string[];
  /** Every benchmark figure drawn, so the value axis takes them in. */
  values: number[];
  sources: BenchmarkSourceView[];
  /** The latest year's benchmarks in words, for the chart's caption; null without any figure. */
  sentence: string | null;
};

export const NO_ANNUAL_BENCHMARKS: AnnualBenchmarks = {
  lines: [],
  valuesOf: () => ({}),
  tooltipOf: () => [],
  columns: [],
  cellsOf: () => [],
  values: [],
  sources: [],
  sentence: null,
};

/**
 * England, the region and the neighbours' average for each year of the Annual Trend, as lines, tooltip lines and
 * table columns, plus the rank among all authorities where the file has every authority. Years the source does not
 * cover stay empty: a benchmark is never carried forward into a year it does not describe.
 */
export function buildAnnualBenchmarks(measure: Measure, benchmarks: MeasureBenchmarks | undefined, years: readonly string[], benchmarkable: boolean): AnnualBenchmarks {
  if (!benchmarks || !benchmarkable) return NO_ANNUAL_BENCHMARKS;
  const byYear = new Map<string, BenchmarkSummary>(years.map((year) => [year, summariseBenchmarkYear(measure, benchmarks, year)]));
  const comparisons = [...byYear.values()].flatMap(comparisonsOf).filter((c) => c.figure.point !== null);
  const lines: ChartLineSeries[] = [...new Map(comparisons.map((c) => [c.key, { key: c.key, label: lineLabel(c) }])).values()];
  if (lines.length === 0) return NO_ANNUAL_BENCHMARKS;
  const hasRank = [...byYear.values()].some((s) => s.rank !== null);
  const figureOf = (year: string, key: BenchmarkLineKey) => {
    const summary = byYear.get(year);
    return summary ? (comparisonsOf(summary).find((c) => c.key === key)?.figure ?? null) : null;
  };
  const shown = [benchmarks.england, benchmarks.region, benchmarks.neighboursAverage].flatMap((series) => (series ? [benchmarks.sourceOf(series)] : []));
  const sources = [...new Map(shown.flatMap((source) => (source ? [[source.id, source] as const] : []))).values()].map((source) => ({
    name: source.name,
    published: formatDate(source.published),
    url: source.url,
  }));
  return {
    lines,
    valuesOf: (year) => Object.fromEntries(lines.map(({ key }) => [key, figureOf(year, key)?.value ?? null])),
    tooltipOf: (year) =>
      lines.flatMap(({ key, label }) => {
        const figure = figureOf(year, key);
        return figure?.point ? [{ label, text: describeFigure(figure, measure) }] : [];
      }),
    columns: [
      ...lines.map(({ key, label }) => ({ key: `benchmark-${key}`, header: label, numeric: true })),
      ...(hasRank ? [{ key: 'benchmark-rank', header: 'Rank of all authorities' }] : []),
    ],
    cellsOf: (year) => {
      const summary = byYear.get(year);
      const cells = lines.map(({ key }) => {
        const figure = figureOf(year, key);
        return figure?.point ? describeFigure(figure, measure) : '—';
      });
      if (hasRank) cells.push(summary?.rank ? `${describeRank(summary.rank).replace(' authorities', '')}${summary.rank.band ? ` (band ${summary.rank.band})` : ''}` : '—');
      return cells;
    },
    values: years.flatMap((year) => lines.map(({ key }) => figureOf(year, key)?.value ?? null)).filter((v): v is number => v !== null),
    sources,
    sentence: describeBenchmarkLine([...byYear.values()].filter((s) => comparisonsOf(s).some((c) => c.figure.value !== null)).at(-1), measure)?.sentence ?? null,
  };
}

/**
 * The latest annual benchmark as a reference line on the monthly chart, on the same scale and named with its year:
 * "England 2022/23: 21.6%". England where the file has it, else the neighbours, else the region.
 */
export function benchmarkReference(summary: BenchmarkSummary | null | undefined, measure: Pick<Measure, 'unit'>): ChartReference[] {
  if (!summary) return [];
  const first = comparisonsOf(summary).find((c) => c.figure.value !== null);
  if (!first || first.figure.value === null) return [];
  return [{ value: first.figure.value, label: `${lineLabel(first)} ${summary.year}: ${formatValue(first.figure.value, measure.unit)}`, kind: 'benchmark' }];
}

function lineLabel(comparison: Comparison): string {
  return comparison.key === 'neighbours' ? 'Neighbours (average)' : comparison.label;
}
