import type { ServiceArea } from '../domain/indicators';
import type { MeasureSummary } from '../domain/summarise-measure';
import { describeCoverage } from './describe-coverage';
import { describeJudgement } from './describe-judgement';
import { benchmarkExportCells, BENCHMARK_EXPORT_COLUMNS } from './benchmark-export';

/**
 * Tidy long form for Excel: one row per measure and period, numbers as numbers (81.3, not "81.3%"), so an analyst
 * can pivot and chart them. The note column keeps what the screen says about a figure that is not the period's own
 * (a latest-month stand-in, a year to date), so nobody mistakes one for the other. Benchmark columns carry their
 * own year, which is usually older than the period's.
 */

export const EXPORT_COLUMNS = [
  'measure_id',
  'code',
  'title',
  'service_area',
  'unit',
  'period',
  'period_label',
  'value',
  'numerator',
  'denominator',
  'target',
  'status',
  'variance',
  'note',
  /** The head of the measure's family (the same for CSC 040 and CSC 038); empty for a measure on its own. */
  'family',
  /** What status and variance were judged against: the target, or a building measure's trajectory for the month. */
  'judged_against',
  ...BENCHMARK_EXPORT_COLUMNS,
] as const;

export type ExportCell = string | number | null;

export function buildExportRows(summaries: readonly MeasureSummary[], serviceAreas: readonly ServiceArea[]): ExportCell[][] {
  const areaNames = new Map(serviceAreas.map((area) => [area.id, area.name]));
  return summaries.map((summary) => {
    const { measure, period, current, variance } = summary;
    return [
      measure.id,
      measure.code,
      measure.title,
      areaNames.get(measure.serviceArea) ?? measure.serviceArea,
      measure.unit,
      period.key,
      period.label,
      current.value,
      current.numerator,
      current.denominator,
      summary.target?.value ?? null,
      describeJudgement(summary).statusLabel,
      variance?.difference ?? null,
      describeCoverage(current, period),
      summary.family?.id ?? null,
      summary.judgedAgainst?.value ?? null,
      ...benchmarkExportCells(summary.benchmark),
    ];
  });
}

/** "Darlington Borough Council", "Q2 2023/24" -> "darlington-borough-council-q2-2023-24-indicators.csv" */
export function buildExportFileName(authority: string, periodLabel: string, suffix = 'indicators'): string {
  const slug = `${authority} ${periodLabel} ${suffix}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.csv`;
}
