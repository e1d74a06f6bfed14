import type { Measure } from './indicators';
import type { BenchmarkSummary } from './measure-benchmarks';
import type { MeasureEvent } from './select-measure-events';
import { formatMonth } from './calendar';
import { aggregatePeriod, readPointValue, type AggregateContext, type PeriodValue } from './aggregate-period';
import { monthRestedOn } from './coverage';
import type { Family } from './families';
import { resolveTarget, trajectoryAt, type JudgedAgainst, type ResolvedTarget } from './targets';
import { compareDirection, describeNoComparison, type Direction } from './compare-direction';
import { computeVariance, type Variance } from './compute-variance';
import { evaluateStatus, type Status } from './evaluate-status';
import { listMonthsOfFinancialYear, parseFinancialYear, previousPeriod, samePeriodLastYear, type Period } from './period';

/** Everything the overview shows for one measure in one period, plus the "needs attention" ranking built from it. */

export type SparklinePoint = { month: string; value: number | null };

export type ComparedPeriod = { period: Period; value: PeriodValue };

export type MeasureSummary = {
  measure: Measure;
  period: Period;
  current: PeriodValue;
  status: Status;
  variance: Variance | null;
  vsPrevious: Direction;
  vsLastYear: Direction;
  /** The period before and the same period last year, with their figures: what vsPrevious and vsLastYear compared. */
  previous: ComparedPeriod;
  lastYear: ComparedPeriod;
  /** The twelve months of the period's financial year; months without a figure stay null (not zero). */
  sparkline: SparklinePoint[];
  /** The family the measure belongs to, or null for a measure on its own. */
  family: Family | null;
  /** The target in force for the period's financial year (its own, the year's, or inherited from the family). */
  target: ResolvedTarget | null;
  /**
   * What status and variance were judged against: the target, or for a measure that builds up the trajectory for
   * the figure's month (an expected build-up, not a movement). Null without a target.
   */
  judgedAgainst: JudgedAgainst | null;
  /** The one month a quarter or year figure rests on ("2023-09"), so its status can say so; null otherwise. */
  restsOnMonth: string | null;
  /** The latest published benchmarks up to the period's year (set by the period model); null without any. */
  benchmark?: BenchmarkSummary | null;
  /** Events concerning the measure in the sparkline's months (set by the period model); absent or empty for none. */
  events?: MeasureEvent[];
};

/** What the report and the model know beyond the measure: the report's year and last month, and its family. */
export type SummaryContext = AggregateContext & { financialYear: string; family?: Family | null };

export function summariseMeasure(measure: Measure, period: Period, context: string | SummaryContext): MeasureSummary {
  const ctx: SummaryContext = typeof context === 'string' ? { financialYear: context } : context;
  const family = ctx.family ?? null;
  const aggregateContext: AggregateContext = {
    ...ctx,
    yearSibling: family?.yearToDate && family.head === measure ? family.yearToDate : null,
    unreliableSibling: family?.unreliableYearToDate && family.head === measure ? family.unreliableYearToDate : null,
  };
  const current = aggregatePeriod(measure, period, aggregateContext);
  const previous = comparedPeriod(measure, previousPeriod(period), aggregateContext);
  const lastYear = comparedPeriod(measure, samePeriodLastYear(period), aggregateContext);
  const target = resolveTarget(measure, family, period.financialYear);
  const judgedAgainst = judge(measure, period, current, target);
  const against = judgedAgainst?.value ?? null;
  return {
    measure,
    period,
    current,
    status: evaluateStatus(measure, current.value, against),
    variance: computeVariance(measure, current.value, against),
    vsPrevious: compareWithPrevious(measure, period, current, previous),
    vsLastYear: compareWithPeriod(measure, period, current, lastYear),
    previous,
    lastYear,
    sparkline: buildSparkline(measure, period),
    family,
    target,
    judgedAgainst,
    restsOnMonth: monthRestedOn(current),
  };
}

/** The trajectory for the month the figure stands for, for a measure that builds up; otherwise the target. */
function judge(measure: Measure, period: Period, current: PeriodValue, target: ResolvedTarget | null): JudgedAgainst | null {
  if (!target) return null;
  const month = figureMonth(period, current);
  const trajectory = month ? trajectoryAt(measure, month, period.financialYear, target.value) : null;
  return trajectory ? { kind: 'trajectory', ...trajectory } : { kind: 'target', value: target.value };
}

/** The month a period's figure stands at: the month itself, the latest month taken, or the end of the period. */
export function figureMonth(period: Period, current: PeriodValue): string | null {
  if (period.kind === 'month') return period.key;
  if (current.asOfMonth) return current.asOfMonth;
  const coverage = current.coverage?.kind === 'from-year-to-date' ? current.coverage.inner : current.coverage;
  if (coverage?.kind === 'annual-trend-to-date' || coverage?.kind === 'year-to-date') return coverage.lastMonth;
  return period.months.at(-1) ?? null;
}

/**
 * Measures off or near target, worst first: off-target before near-target (so the list never contradicts the
 * status badges), then by how far on the wrong side relative to target (variance magnitude).
 */
export function rankNeedsAttention(summaries: MeasureSummary[], limit = 5): MeasureSummary[] {
  const severity = (s: MeasureSummary) => (s.status === 'off-target' ? 0 : 1);
  return summaries
    .filter((s) => (s.status === 'off-target' || s.status === 'near-target') && s.variance !== null)
    .sort((a, b) => severity(a) - severity(b) || (b.variance?.magnitude ?? 0) - (a.variance?.magnitude ?? 0))
    .slice(0, limit);
}

/**
 * Compares like with like only. Two latest-month stand-ins compare as the months they are, labelled so. A total
 * that covers part of its period (this year so far, a quarter missing a month) is not compared with a whole one:
 * 261 missing episodes so far this year against 691 last year is not a fall.
 */
function compareWithPeriod(measure: Measure, period: Period, current: PeriodValue, { period: other, value: earlier }: ComparedPeriod): Direction {
  if (current.value === null || earlier.value === null) return describeNoComparison();
  if (current.method === 'latest-month' || earlier.method === 'latest-month') {
    if (current.method !== earlier.method || earlier.asOfMonth === null) return describeNoComparison({ kind: 'not-like-for-like' }, other.label);
    return compareDirection(measure, current.value, earlier.value, formatMonth(earlier.asOfMonth));
  }
  if (accumulates(measure) && (current.partial || earlier.partial)) {
    const partial = current.partial ? period : other;
    return describeNoComparison({ kind: 'part-period', partialLabel: partial.label }, other.label);
  }
  return compareDirection(measure, current.value, earlier.value, other.label);
}

function comparedPeriod(measure: Measure, period: Period, context: AggregateContext): ComparedPeriod {
  return { period, value: aggregatePeriod(measure, period, context) };
}

/**
 * A running total (a year-to-date count or rate) grows through the year and starts again in April, so beside the
 * month or quarter before it, "up 376 on Q1" is arithmetic, not a trend; only the same point of another year
 * (vsLastYear) compares like with like. Whole years still compare. Year-to-date percentages are ratios of two
 * running totals and compare fine.
 */
function compareWithPrevious(measure: Measure, period: Period, current: PeriodValue, previous: ComparedPeriod): Direction {
  if (measure.basis === 'year-to-date' && accumulates(measure) && period.kind !== 'year')
    return describeNoComparison({ kind: 'year-to-date-grows' }, previous.period.label);
  return compareWithPeriod(measure, period, current, previous);
}

/** Counts and rates that build up over time: a part-period figure of these is smaller because it is shorter. */
function accumulates(measure: Measure): boolean {
  return measure.unit !== 'percent' && measure.basis !== 'snapshot';
}

function buildSparkline(measure: Measure, period: Period): SparklinePoint[] {
  const byMonth = new Map(measure.monthly.map((p) => [p.month, p]));
  const months = listMonthsOfFinancialYear(parseFinancialYear(period.financialYear) ?? 0);
  return months.map((month) => {
    const point = byMonth.get(month);
    return { month, value: point ? readPointValue(point, measure.unit) : null };
  });
}
