import type { MeasureExtensions } from './measure-extensions';
import type { Benchmarks } from './benchmarks';
import type { DatasetEvent } from './events';

/**
 * The indicator data as the domain reads it: data contract v1. The zod schema in src/data/contract/indicator-schema.ts
 * validates files into exactly these types (it `satisfies` them), so the domain depends on nothing outside itself.
 */

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

export type ServiceArea = { id: string; name: string };

export type Section = {
  id: string;
  title: string;
  serviceArea: string;
  definition: TextBlock[];
  analysis: TextBlock[];
};

type Fraction = {
  value: number | null;
  numerator?: number | null | undefined;
  denominator?: number | null | undefined;
};

/** One month's figure; `month` is "2023-04". */
export type MonthlyPoint = Fraction & { month: string };

/** One Annual Trend figure; `year` is a financial year, "2023/24". */
export type AnnualPoint = Fraction & {
  year: string;
  /** Set when the cell repeats this month's figure ("2023-09") rather than giving a year figure. */
  repeatsMonth?: string | undefined;
};

export const UNITS = ['percent', 'count', 'rate-per-10k'] as const;
export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const BASES = ['month', 'year-to-date', 'snapshot'] as const;

export type Unit = (typeof UNITS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type Basis = (typeof BASES)[number];

export type Measure = {
  id: string;
  code: string | null;
  title: string;
  section: string;
  serviceArea: string;
  unit: Unit;
  polarity: Polarity;
  basis: Basis;
  additive: boolean;
  target: number | null;
  /** How far on the wrong side of target still counts as "near"; unit as the value (pp for percentages). */
  tolerance?: number | undefined;
  /** Id of the month-basis measure whose running sum this year-to-date measure is. */
  cumulativeOf?: string | undefined;
  /** Id of a measure this one is a subset of (e.g. UASC within all children in care). */
  partOf?: string | undefined;
  monthly: MonthlyPoint[];
  annual: AnnualPoint[];
  notes?: string[] | undefined;
  /** How its SPC chart is drawn: a fixed baseline, rebases (src/domain/spc/split-spc-segments.ts). */
  spc?: SpcSettings | undefined;
} & MeasureExtensions;

/** Limits fixed on the first `points` months with a figure (12 to 20) instead of on the whole first segment. */
export type SpcBaseline = { points: number; reason?: string | undefined };

/** A known change in the process: from `month` on, the chart starts a new segment with its own mean and limits. */
export type SpcRebase = { month: string; reason: string };

export type SpcSettings = { baseline?: SpcBaseline | undefined; rebases?: SpcRebase[] | undefined };

export type SummaryEntry = { topic: string; serviceArea: string; text: string };

export type SourceIssue = { section: string; measure: string | null; period: string | null; description: string };

export type ReportingPeriod = { financialYear: string; quarter: 1 | 2 | 3 | 4 | null; asAt: string };

export type Dataset = {
  schemaVersion: 1;
  authority: { name: string };
  title: string;
  reportingPeriod: ReportingPeriod;
  /** True for generated demonstration data, so the app can label it. */
  synthetic?: boolean | undefined;
  serviceAreas: ServiceArea[];
  sections: Section[];
  measures: Measure[];
  summary?: SummaryEntry[] | undefined;
  /** Inconsistencies the producers know of in their own source (shown by the validator as warnings). */
  sourceIssues?: SourceIssue[] | undefined;
  /** Published comparisons (England, region, statistical neighbours, every authority): src/domain/benchmarks.ts. */
  benchmarks?: Benchmarks | undefined;
  /** What happened that explains a change (a new process, a staffing gap, a recording change): src/domain/events.ts. */
  events?: DatasetEvent[] | undefined;
};
