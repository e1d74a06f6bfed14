import type { Dataset, Measure, Unit } from '../domain/indicators';
import { formatMonth } from '../domain/calendar';
import { aggregatePeriod, readPointValue } from '../domain/aggregate-period';
import { listAvailablePeriods, shiftMonth, type Period } from '../domain/period';
import type { FigureUnit } from './read-narrative-sentence';

/**
 * Every figure a measure holds or the dashboard works out from it by a documented rule, for tracing figures quoted
 * in narrative: monthly and Annual Trend figures, targets, numerators and denominators; quarter and year figures
 * (aggregatePeriod); a quarter's own fraction or count out of a year-to-date measure (Sep 76 / 104 less Jun 36 / 47
 * is Q2's 40 / 57); and a part's share of its whole (18 UASC of 354 children in care is 5.1%).
 */

export type HeldFigure = {
  unit: FigureUnit;
  value: number;
  measureId: string;
  /** "2023-09", "2023-24-Q2", "2023/24", or null for a target. */
  period: string | null;
  /** Where the figure comes from, for messages: "Sep 2023", "Q2 2023/24", "2022/23", "target". */
  label: string;
  role: 'value' | 'target' | 'numerator' | 'denominator' | 'share';
  fraction?: { numerator: number; denominator: number };
};

type Reporting = Pick<Dataset, 'measures' | 'reportingPeriod'>;

export function collectHeldFigures(measures: readonly Measure[], dataset: Reporting): HeldFigure[] {
  const byId = new Map(dataset.measures.map((m) => [m.id, m]));
  return measures.flatMap((measure) => figuresOf(measure, byId, dataset));
}

/** Every measure's held figures by measure id, with one look-up table for the whole dataset. */
export function collectHeldFiguresByMeasure(dataset: Reporting): Map<string, HeldFigure[]> {
  const byId = new Map(dataset.measures.map((m) => [m.id, m]));
  return new Map(dataset.measures.map((measure) => [measure.id, figuresOf(measure, byId, dataset)]));
}

function figuresOf(measure: Measure, byId: ReadonlyMap<string, Measure>, dataset: Reporting): HeldFigure[] {
  const whole = measure.partOf === undefined ? undefined : byId.get(measure.partOf);
  return [...collectOwnFigures(measure, dataset), ...collectQuarterIncrements(measure), ...(whole ? collectShares(measure, whole, dataset) : [])];
}

function collectOwnFigures(measure: Measure, dataset: Reporting): HeldFigure[] {
  const unit = figureUnitOf(measure.unit);
  const figures: HeldFigure[] = [];
  const add = (value: number | null, period: string | null, label: string, fraction?: { numerator?: number | null; denominator?: number | null }) => {
    const role = period === null ? 'target' : 'value';
    if (value !== null) figures.push({ unit, value, measureId: measure.id, period, label, role, ...withFraction(fraction) });
    const { numerator, denominator } = fraction ?? {};
    if (numerator != null) figures.push({ unit: 'count', value: numerator, measureId: measure.id, period, label, role: 'numerator' });
    if (denominator != null) figures.push({ unit: 'count', value: denominator, measureId: measure.id, period, label, role: 'denominator' });
  };
  add(measure.target, null, 'target');
  for (const point of measure.monthly) add(readPointValue(point, measure.unit), point.month, formatMonth(point.month), point);
  for (const point of measure.annual) add(readPointValue(point, measure.unit), point.year, point.year, point);
  for (const period of listPeriods(measure)) {
    const result = aggregatePeriod(measure, period, dataset.reportingPeriod.financialYear);
    // A latest-month stand-in is a month's figure, already collected; 'none' has no figure; a stated figure comes
    // from the text itself, so it cannot vouch for the text.
    if (['latest-month', 'none', 'annual-trend', 'stated'].includes(result.method)) continue;
    add(result.value, period.key, period.label, result);
  }
  return figures;
}

/** A quarter's own part of a year-to-date measure: the figure at its last month less the one at the month before. */
function collectQuarterIncrements(measure: Measure): HeldFigure[] {
  if (measure.basis !== 'year-to-date') return [];
  const byMonth = new Map(measure.monthly.map((p) => [p.month, p]));
  return listPeriods(measure).flatMap((period): HeldFigure[] => {
    if (period.kind !== 'quarter') return [];
    const end = byMonth.get(period.months.at(-1) ?? '');
    const startMonth = shiftMonth(period.months[0] ?? '', -1);
    // Year to date starts again in April, so Q1 counts from nothing.
    const start = period.quarter === 1 ? { value: 0, numerator: 0, denominator: 0 } : byMonth.get(startMonth);
    if (!end || !start) return [];
    const base = { measureId: measure.id, period: period.key, label: period.label };
    if (measure.unit === 'count' && end.value !== null && start.value !== null)
      return [{ ...base, unit: 'count', value: end.value - start.value, role: 'value' }];
    const numerator = difference(end.numerator, start.numerator);
    const denominator = difference(end.denominator, start.denominator);
    if (measure.unit !== 'percent' || numerator === null || denominator === null || denominator <= 0) return [];
    return [
      { ...base, unit: 'percent', value: (100 * numerator) / denominator, role: 'value', fraction: { numerator, denominator } },
      { ...base, unit: 'count', value: numerator, role: 'numerator' },
      { ...base, unit: 'count', value: denominator, role: 'denominator' },
    ];
  });
}

/** A count's share of the count it is part of, month by month and for quarters and years worked out the same way. */
function collectShares(part: Measure, whole: Measure, dataset: Reporting): HeldFigure[] {
  if (part.unit !== 'count' || whole.unit !== 'count') return [];
  const share = (numerator: number | null, denominator: number | null, period: string, label: string): HeldFigure[] =>
    numerator === null || denominator === null || denominator <= 0
      ? []
      : [{ unit: 'percent', value: (100 * numerator) / denominator, measureId: part.id, period, label, role: 'share', fraction: { numerator, denominator } }];
  const wholeByMonth = new Map(whole.monthly.map((p) => [p.month, p.value]));
  const monthly = part.monthly.flatMap((p) => share(p.value, wholeByMonth.get(p.month) ?? null, p.month, formatMonth(p.month)));
  const periods = listPeriods(part).flatMap((period) => {
    const a = aggregatePeriod(part, period, dataset.reportingPeriod.financialYear);
    const b = aggregatePeriod(whole, period, dataset.reportingPeriod.financialYear);
    if (a.method !== b.method || a.method === 'latest-month' || a.method === 'none') return [];
    return share(a.value, b.value, period.key, period.label);
  });
  return [...monthly, ...periods];
}

function listPeriods(measure: Measure): Period[] {
  return listAvailablePeriods({ measures: [measure] }).filter((p) => p.kind !== 'month');
}

function withFraction(point?: { numerator?: number | null; denominator?: number | null }): { fraction?: HeldFigure['fraction'] } {
  const { numerator, denominator } = point ?? {};
  return numerator != null && denominator != null ? { fraction: { numerator, denominator } } : {};
}

function difference(end: number | null | undefined, start: number | null | undefined): number | null {
  return end == null || start == null ? null : end - start;
}

export function figureUnitOf(unit: Unit): FigureUnit {
  return unit === 'percent' ? 'percent' : unit === 'count' ? 'count' : 'rate';
}
