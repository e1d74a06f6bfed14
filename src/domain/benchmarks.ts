/**
 * Published benchmarks beside the council's own figures: England, the region, the statistical neighbours' average
 * and, where a source gives them, each authority. The optional `benchmarks` part of data contract v1
 * (src/data/contract/benchmark-schema.ts validates files into exactly these types).
 */

/** Which comparison a series is. "authority" series together (with the neighbours and this one) are all authorities. */
export const BENCHMARK_AREA_KINDS = ['england', 'region', 'neighbours-average', 'this-authority', 'neighbour', 'authority'] as const;
export type BenchmarkAreaKind = (typeof BENCHMARK_AREA_KINDS)[number];

/**
 * Why a published figure is missing, in the Government Statistical Service symbols DfE files use: c confidential
 * (suppressed), x unavailable, z not applicable, low rounds to zero, u low reliability, k (older DfE tables) a
 * suppressed small number; "blank" for an empty cell. A missing figure stays null with its symbol: never zero.
 */
export const BENCHMARK_SYMBOLS = ['c', 'x', 'z', 'low', 'u', 'k', 'blank'] as const;
export type BenchmarkSymbol = (typeof BENCHMARK_SYMBOLS)[number];

export type BenchmarkSource = {
  id: string;
  /** "Characteristics of children in need: 2023" */
  name: string;
  /** ISO date the source was published. */
  published: string;
  url: string;
};

export type BenchmarkArea = {
  kind: BenchmarkAreaKind;
  /** "England", "North East", "Statistical neighbours (average)", "Hartlepool". */
  name: string;
  /** The area's GSS code ("E06000001") where the source gives one. */
  code?: string | undefined;
};

/**
 * One published figure. `period` is a financial year ("2022/23"), a quarter of one ("2023/24 Q1") or a month
 * ("2023-04"). `value` is null when the source gives none, and `symbol` says why.
 */
export type BenchmarkPoint = {
  period: string;
  value: number | null;
  symbol?: BenchmarkSymbol | undefined;
  /** For an average: how many authorities had a figure and went into it. */
  basedOn?: number | undefined;
};

export type BenchmarkSeries = {
  /** The measure id this series stands beside. */
  measure: string;
  /** A source id from `sources`. */
  source: string;
  area: BenchmarkArea;
  points: BenchmarkPoint[];
};

export type Benchmarks = {
  /** The council as the published files name it ("Darlington"), which may differ from the dataset's authority name. */
  authority: { name: string; code?: string | undefined };
  sources: BenchmarkSource[];
  series: BenchmarkSeries[];
};
