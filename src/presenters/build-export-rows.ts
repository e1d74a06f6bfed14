import type { ServiceArea } from '../domain/indicators';
import type { MeasureSummary } from '../domain/summarise-measure';
import type { Variance } from '../domain/compute-variance';
import type { Polarity } from '../domain/indicators';
import { POLARITY_LABELS } from './labels';
import { describeCoverage } from './describe-coverage';
import { describeJudgement } from './describe-judgement';
import { benchmarkExportCells, BENCHMARK_EXPORT_COLUMNS } from './benchmark-export';

/**
 * Tidy long form for Excel: one row per measure and period, numbers as numbers (81.3, not "81.3%"), so an analyst
 * can pivot and chart them. The note column keeps what the screen says about a figure that is not the period's own
 * (a latest-month stand-in, a year to date), so nobody mistakes one for the other. Benchmark columns carry their
 * own year, which is usually older than the period's. The previous figure is the one the tiles' direction of travel
 * compares with (the period one step earlier), and the gap to target is signed so that + is better whatever the
 * polarity: -25 in a column called "variance" left the reader to work out whether 25 below was good.
 */

/** The signed gap to target (or a building measure's trajectory): + better, - worse, in the measure's unit. */
export const BETTER_THAN_TARGET_COLUMN = 'better (+) / worse (-) than target';

export const EXPORT_COLUMNS = [
  'measure_id',
  'code',
  'title',
  'service_area',
  'unit',
  'polarity',
  'period',
  'period_label',
  'value',
  'numerator',
  'denominator',
  /** The period one step earlier and its figure: what the tiles' "Improving: up 3.2 pp on Q1" compares with. */
  'previous_period',
  'previous_value',
  'target',
  'status',
  BETTER_THAN_TARGET_COLUMN,
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
    const { measure, period, current, variance, previous } = summary;
    return [
      measure.id,
      measure.code,
      measure.title,
      areaNames.get(measure.serviceArea) ?? measure.serviceArea,
      measure.unit,
      POLARITY_LABELS[measure.polarity],
      period.key,
      period.label,
      current.value,
      current.numerator,
      current.denominator,
      previous.period.label,
      previous.value.value,
      summary.target?.value ?? null,
      describeJudgement(summary).statusLabel,
      signBetterPositive(variance, measure.polarity),
      describeCoverage(current, period),
      summary.family?.id ?? null,
      summary.judgedAgainst?.value ?? null,
      ...benchmarkExportCells(summary.benchmark),
    ];
  });
}

function signBetterPositive(variance: Variance | null, polarity: Polarity): number | null {
  if (!variance) return null;
  const better = polarity === 'lower-is-better' ? -variance.difference : variance.difference;
  // -0 would print as "0" but compare oddly in a sheet's filters; a figure on target is plainly 0.
  return better === 0 ? 0 : better;
}

/** "Darlington Borough Council", "Q2 2023/24" -> "darlington-borough-council-q2-2023-24-indicators.csv" */
export function buildExportFileName(authority: string, periodLabel: string, suffix = 'indicators'): string {
  const slug = `${authority} ${periodLabel} ${suffix}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.csv`;
}
