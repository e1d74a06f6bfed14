import type { Dataset, Measure } from '../domain/indicators';

export type IntegrityFindingKind = 'ytd-mismatch' | 'fraction-mismatch' | 'part-exceeds-whole' | 'no-figures';

export interface IntegrityFinding {
  kind: IntegrityFindingKind;
  measureId: string;
  /** "2023-07" for a month, "2020/21" for an Annual Trend year, null for the measure as a whole. */
  period: string | null;
  /** Names the measure, the period and both figures, so an analyst can find the cell in the report. */
  message: string;
}

/**
 * The report prints percentages to one decimal place. A printed value is accepted when it is within half a unit of
 * the last place (0.05 pp) of the exact numerator / denominator, so either rounding of an exact .x5 (3 / 80 = 3.75
 * printed 3.8 or 3.7) passes, while 25 / 31 = 80.645 printed 80.7 does not.
 */
// Floating-point slack so that e.g. 3.75 vs 3.8 is not rejected by a rounding error in the last binary digit.
const EPSILON = 1e-9;

/** Checks a valid dataset for figures that disagree with each other; an empty list means nothing to report. */
export function checkIntegrity(dataset: Dataset): IntegrityFinding[] {
  const byId = new Map(dataset.measures.map((m) => [m.id, m]));
  return dataset.measures.flatMap((measure) => [
    ...findMissingFigures(measure),
    ...findFractionMismatches(measure),
    ...findRunningSumMismatches(measure, byId),
    ...findPartsExceedingWhole(measure, byId),
  ]);
}

/**
 * True when a printed percentage is the report's rounding of numerator / denominator. `decimals` is how many places
 * it is printed to; the tolerance is half a unit of the last place (0.05 at the report's one).
 */
export function isPrintedPercentOf(printed: number, numerator: number, denominator: number, decimals = 1): boolean {
  if (denominator === 0) return true; // nothing to compare against; the schema already refuses num > den
  return Math.abs(printed - (100 * numerator) / denominator) <= 0.5 * 10 ** -decimals + EPSILON;
}

function findMissingFigures(measure: Measure): IntegrityFinding[] {
  const points = [...measure.monthly, ...measure.annual];
  if (points.some((p) => p.value !== null || p.numerator != null || p.denominator != null)) return [];
  return [{ kind: 'no-figures', measureId: measure.id, period: null, message: `${describeMeasure(measure)} has no figures at all` }];
}

function findFractionMismatches(measure: Measure): IntegrityFinding[] {
  if (measure.unit !== 'percent') return [];
  const points = [
    ...measure.monthly.map((p) => ({ ...p, period: p.month })),
    ...measure.annual.map((p) => ({ ...p, period: p.year })),
  ];
  return points.flatMap(({ value, numerator, denominator, period }) => {
    if (value === null || numerator == null || denominator == null) return [];
    if (isPrintedPercentOf(value, numerator, denominator)) return [];
    const exact = ((100 * numerator) / denominator).toFixed(3);
    return [
      {
        kind: 'fraction-mismatch' as const,
        measureId: measure.id,
        period,
        message: `${describeMeasure(measure)} ${period}: printed ${value}% but ${numerator} / ${denominator} is ${exact}%`,
      },
    ];
  });
}

function findRunningSumMismatches(measure: Measure, byId: Map<string, Measure>): IntegrityFinding[] {
  const base = measure.cumulativeOf === undefined ? undefined : byId.get(measure.cumulativeOf);
  if (!base) return [];
  const baseByMonth = new Map(base.monthly.map((p) => [p.month, p.value]));
  const findings: IntegrityFinding[] = [];
  let runningSum: number | null = 0;
  // Months in calendar order, so the running sum follows the financial year from April.
  for (const point of [...measure.monthly].sort((a, b) => a.month.localeCompare(b.month))) {
    const monthValue = baseByMonth.get(point.month) ?? null;
    // Once a month of the base is missing the running sum is unknown, and so is every later one.
    runningSum = runningSum === null || monthValue === null ? null : runningSum + monthValue;
    if (point.value === null || runningSum === null || point.value === runningSum) continue;
    findings.push({
      kind: 'ytd-mismatch',
      measureId: measure.id,
      period: point.month,
      message: `${describeMeasure(measure)} ${point.month}: year to date ${point.value} but the running sum of ${describeMeasure(base)} is ${runningSum}`,
    });
  }
  return findings;
}

function findPartsExceedingWhole(measure: Measure, byId: Map<string, Measure>): IntegrityFinding[] {
  const whole = measure.partOf === undefined ? undefined : byId.get(measure.partOf);
  if (!whole || whole.unit !== measure.unit) return [];
  const wholeValues = new Map<string, number | null>([
    ...whole.monthly.map((p) => [p.month, p.value] as const),
    ...whole.annual.map((p) => [p.year, p.value] as const),
  ]);
  const parts = [
    ...measure.monthly.map((p) => ({ period: p.month, value: p.value })),
    ...measure.annual.map((p) => ({ period: p.year, value: p.value })),
  ];
  return parts.flatMap(({ period, value }) => {
    const wholeValue = wholeValues.get(period) ?? null;
    if (value === null || wholeValue === null || value <= wholeValue) return [];
    return [
      {
        kind: 'part-exceeds-whole' as const,
        measureId: measure.id,
        period,
        message: `${describeMeasure(measure)} ${period}: ${value} is more than the ${wholeValue} of ${describeMeasure(whole)} it is part of`,
      },
    ];
  });
}

/** How findings name a measure: "code (title)", or "title [id]" when it has no code. */
export function describeMeasure(measure: Pick<Measure, 'code' | 'title' | 'id'>): string {
  return measure.code ? `${measure.code} (${measure.title})` : `${measure.title} [${measure.id}]`;
}
