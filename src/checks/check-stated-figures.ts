import type { Dataset, Measure } from '../domain/indicators';
import { aggregatePeriod } from '../domain/aggregate-period';
import { parsePeriodKey } from '../domain/period';

/**
 * A stated figure (a quarter or year the report's text gives) is shown only where the table cannot reproduce the
 * period. Where it can, the table's figure wins and a stated figure that disagrees is a finding for the analysts:
 * the same rule the narrative checks apply to "50.0%" stated against 51.3% from the table.
 */

export type StatedFindingKind = 'stated-mismatch';

export type StatedFinding = { kind: StatedFindingKind; measureId: string; period: string; message: string };

/** Within half a unit of the report's one decimal place, so either rounding of an exact .x5 agrees. */
const TOLERANCE = 0.05 + 1e-9;

export function checkStatedFigures(dataset: Pick<Dataset, 'measures' | 'reportingPeriod'>): StatedFinding[] {
  return dataset.measures.flatMap((measure) => (measure.statedFigures ?? []).flatMap((stated) => compare(measure, stated, dataset)));
}

function compare(measure: Measure, stated: NonNullable<Measure['statedFigures']>[number], dataset: Pick<Dataset, 'reportingPeriod'>): StatedFinding[] {
  const period = parsePeriodKey(stated.period);
  if (!period) return [];
  const { statedFigures: _ignored, ...tableOnly } = measure;
  const table = aggregatePeriod(tableOnly, period, dataset.reportingPeriod.financialYear);
  // Only a figure that is the period's own, worked out from the table, can overrule the text.
  const ownFigure = table.value !== null && table.coverage === null && table.method !== 'latest-month';
  if (!ownFigure || table.value === null || Math.abs(table.value - stated.value) <= TOLERANCE) return [];
  const name = measure.code ? `${measure.code} (${measure.title})` : `${measure.title} [${measure.id}]`;
  const fraction = table.numerator !== null && table.denominator !== null ? ` (${table.numerator} / ${table.denominator})` : '';
  return [
    {
      kind: 'stated-mismatch',
      measureId: measure.id,
      period: period.key,
      message: `${name} ${period.label}: the report states ${stated.value} (${stated.source}), but the table gives ${table.value}${fraction}; the table's figure is shown`,
    },
  ];
}
