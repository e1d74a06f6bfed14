import { EXTENSION_MEASURE_COLUMNS, EXTENSION_POINT_COLUMNS } from './csv-extensions';
import { EVENT_COLUMNS } from './csv-events';

/**
 * The CSV long format (docs/csv-format.md): one row per measure and period. Measure, section and service-area
 * details repeat on each row (or are given once and left blank after); file details may be columns too.
 */

export const MEASURE_COLUMNS = [
  'measure_id',
  'code',
  'title',
  'section',
  'section_title',
  'section_definition',
  'section_analysis',
  'service_area',
  'service_area_name',
  'unit',
  'polarity',
  'basis',
  'additive',
  'target',
  'tolerance',
  'cumulative_of',
  'part_of',
  'notes',
] as const;

export const POINT_COLUMNS = ['period', 'value', 'numerator', 'denominator'] as const;

export const FILE_COLUMNS = ['authority', 'report_title', 'financial_year', 'quarter', 'as_at'] as const;

/** Optional: a row naming a `benchmark` holds a published comparison's figure (csv-benchmarks.ts). */
export const BENCHMARK_COLUMNS = ['benchmark', 'benchmark_name', 'benchmark_code', 'benchmark_source', 'benchmark_published', 'benchmark_url'] as const;

export type CsvColumn =
  | (typeof MEASURE_COLUMNS)[number]
  | (typeof POINT_COLUMNS)[number]
  | (typeof FILE_COLUMNS)[number]
  | (typeof EXTENSION_MEASURE_COLUMNS)[number]
  | (typeof EXTENSION_POINT_COLUMNS)[number]
  | (typeof BENCHMARK_COLUMNS)[number]
  | (typeof EVENT_COLUMNS)[number];

export const KNOWN_COLUMNS: readonly CsvColumn[] = [
  ...MEASURE_COLUMNS,
  ...POINT_COLUMNS,
  ...FILE_COLUMNS,
  ...EXTENSION_MEASURE_COLUMNS,
  ...EXTENSION_POINT_COLUMNS,
  ...BENCHMARK_COLUMNS,
  ...EVENT_COLUMNS,
];

export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'measure_id',
  'title',
  'section',
  'section_title',
  'service_area',
  'service_area_name',
  'unit',
  'polarity',
  'basis',
  'additive',
  'period',
  'value',
];

/** "Measure ID", "measure-id" and " measure_id " all mean measure_id. */
export function normaliseHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function isKnownColumn(name: string): name is CsvColumn {
  return (KNOWN_COLUMNS as readonly string[]).includes(name);
}

/** Where a field of the built dataset came from, for pointing validation messages back at the sheet. */
export const COLUMN_OF_MEASURE_FIELD: Record<string, CsvColumn> = {
  id: 'measure_id',
  code: 'code',
  title: 'title',
  section: 'section',
  serviceArea: 'service_area',
  unit: 'unit',
  polarity: 'polarity',
  basis: 'basis',
  additive: 'additive',
  target: 'target',
  tolerance: 'tolerance',
  cumulativeOf: 'cumulative_of',
  partOf: 'part_of',
  notes: 'notes',
  yearToDateOf: 'year_to_date_of',
  rateOf: 'rate_of',
  unreliable: 'unreliable',
  pointsCover: 'points_cover',
  buildsUp: 'builds_up',
  targetSource: 'target_source',
  statedFigures: 'stated_value',
  targets: 'year_target',
};
