import type { AnnualBarPoint } from './chart-views';
import type { ChartAxis, ChartPoint, ChartReference } from './chart-views';
import type { ChartLineSeries, FiguresTableColumn, FiguresTableRow } from './chart-views';
import type { Measure } from '../domain/indicators';
import { readPointValue } from '../domain/aggregate-period';
import { buildAnnualChartData } from '../domain/build-annual-chart-data';
import { describePartYear } from './describe-coverage';
import { buildMonthlyChartData, type MonthlyChartPoint } from '../domain/build-monthly-chart-data';
import { chooseValueAxis } from './choose-value-axis';
import { describeAnnualTrend, describeMonthlyTrend } from './describe-trend';
import { formatFinancialYear, parseFinancialYear, type Period } from '../domain/period';
import { formatMonth, formatMonthRange } from '../domain/calendar';
import { formatTarget, formatValue } from './format';
import { describeTarget, measureShortName, TARGET_KIND_LABELS, targetKindOf } from './labels';
import { capitalise } from './words';
import type { BenchmarkSummary, MeasureBenchmarks } from '../domain/measure-benchmarks';
import { isBenchmarkable } from '../domain/measure-benchmarks';
import { benchmarkReference, buildAnnualBenchmarks, type BenchmarkSourceView } from './benchmark-figures';

/** A chart and its table alternative, finished for the components: text, axis and rows. */
export type FigureView<TPoint extends ChartPoint> = {
  heading: string;
  /** The sentence that stands in for the chart (figcaption). */
  summary: string;
  axisNote: string;
  /** Empty when there is nothing to draw; the summary then says why. */
  points: TPoint[];
  axis: ChartAxis;
  references: ChartReference[];
  valueFormatter: (value: number) => string;
  table: { caption: string; rowHeader: string; columns: FiguresTableColumn[]; rows: FiguresTableRow[] };
  /** Said under the table when rows are left out ("No figures yet for Oct 2023–Mar 2024"). */
  tableNote: string | null;
};

export type MonthlyFigureView = FigureView<ChartPoint> & { highlight: { fromKey: string; toKey: string; label: string } | null };
export type AnnualFigureView = FigureView<AnnualBarPoint> & {
  partialLabel: string | null;
  /** Published benchmarks drawn as lines beside the bars; empty without any. */
  lines: ChartLineSeries[];
  /** The publications the benchmarks come from, named under the chart. */
  benchmarkSources: BenchmarkSourceView[];
};

type Row = { value: number | null; numerator: number | null; denominator: number | null; status: MonthlyChartPoint['status'] };

/** `benchmark`: the period model's latest benchmarks for the measure, drawn as a reference line with its year. */
export function buildMonthlyFigureView(measure: Measure, period: Period, benchmark: BenchmarkSummary | null = null): MonthlyFigureView {
  const data = buildMonthlyChartData(measure, period);
  const references = [...targetReference(measure), ...lastYearReference(measure, period), ...benchmarkReference(benchmark, measure)];
  const lastShown = Math.max(findLastIndex(data, (p) => p.value !== null), findLastIndex(data, (p) => p.inPeriod));
  const hasFigures = data.some((p) => p.value !== null);
  const axis = chooseAxis(measure, data, references);
  const later = data.slice(lastShown + 1);
  const highlight =
    period.kind === 'year'
      ? null
      : { fromKey: period.months[0] ?? period.key, toKey: period.months.at(-1) ?? period.key, label: `Selected period: ${period.label}` };
  return {
    heading: `Month by month, ${period.financialYear}`,
    summary: describeMonthlyTrend(data, measure),
    axisNote: axis.note,
    points: hasFigures
      ? data.map((p) => ({ key: p.month, label: p.label, tooltipLabel: formatMonth(p.month), value: p.value, valueText: text(p.value, measure), detail: fraction(p) }))
      : [],
    axis,
    references,
    valueFormatter: (value) => formatTarget(value, measure.unit),
    highlight,
    table: {
      caption: `${measureShortName(measure)}: monthly figures, ${period.financialYear}`,
      rowHeader: 'Month',
      ...tableShape(measure, data),
      rows: hasFigures
        ? data.slice(0, lastShown + 1).map((p) => ({
            key: p.month,
            header: formatMonth(p.month),
            mark: p.inPeriod && period.kind !== 'year' ? 'Selected period' : null,
            cells: cellsOf(measure, data, p),
          }))
        : [],
    },
    tableNote: hasFigures && later.length > 0 ? `No figures yet for ${formatMonthRange(later[0]?.month ?? '', later.at(-1)?.month ?? '')}.` : null,
  };
}

export function buildAnnualFigureView(measure: Measure, reportingFinancialYear: string, benchmarks?: MeasureBenchmarks): AnnualFigureView {
  const data = buildAnnualChartData(measure, reportingFinancialYear);
  const references = targetReference(measure);
  const bench = buildAnnualBenchmarks(measure, benchmarks, data.map((p) => p.year), isBenchmarkable(measure));
  const axis = chooseValueAxis({
    unit: measure.unit,
    values: [...data.map((p) => p.value), ...bench.values],
    references: references.map((r) => r.value),
    startAtZero: true,
  });
  const partial = data.find((p) => p.yearToDate);
  const partYear = (p: (typeof data)[number]) => describePartYear(p, measure.basis);
  // Short enough for the axis under a bar; the tooltip, legend and table say exactly which months.
  const tickSuffix = measure.basis === 'snapshot' ? 'latest' : 'year to date';
  return {
    heading: 'Year by year',
    summary: bench.sentence ? `${describeAnnualTrend(data, measure)} ${bench.sentence}` : describeAnnualTrend(data, measure),
    axisNote: axis.note,
    points: data.some((p) => p.value !== null)
      ? data.map((p) => ({
          key: p.year,
          label: p.yearToDate ? `${p.year} (${tickSuffix})` : p.year,
          tooltipLabel: p.yearToDate ? `${p.year}: ${partYear(p)}` : p.year,
          value: p.value,
          valueText: text(p.value, measure),
          detail: fraction(p),
          partial: p.yearToDate,
          ...(bench.lines.length > 0 ? { lines: bench.valuesOf(p.year), more: bench.tooltipOf(p.year) } : {}),
        }))
      : [],
    axis,
    references,
    valueFormatter: (value) => formatTarget(value, measure.unit),
    partialLabel: partial ? `${partial.year}: ${partYear(partial)}` : null,
    lines: bench.lines,
    benchmarkSources: bench.sources,
    table: {
      caption: `${measureShortName(measure)}: Annual Trend${bench.lines.length > 0 ? ' and published benchmarks' : ''}`,
      rowHeader: 'Year',
      columns: [...tableShape(measure, data).columns, ...bench.columns],
      rows: data.map((p) => ({
        key: p.year,
        header: p.year,
        mark: p.yearToDate ? capitalise(partYear(p)) : null,
        cells: [...cellsOf(measure, data, p), ...bench.cellsOf(p.year)],
      })),
    },
    tableNote: null,
  };
}

function chooseAxis(measure: Measure, data: MonthlyChartPoint[], references: ChartReference[]) {
  return chooseValueAxis({ unit: measure.unit, values: data.map((p) => p.value), references: references.map((r) => r.value) });
}

function targetReference(measure: Measure): ChartReference[] {
  const label = describeTarget(measure);
  if (measure.target === null || label === null) return [];
  return [{ value: measure.target, label, kind: 'target' }];
}

/** Last year's outturn: the Annual Trend figure of the financial year before the period's. */
function lastYearReference(measure: Measure, period: Period): ChartReference[] {
  const year = formatFinancialYear((parseFinancialYear(period.financialYear) ?? 0) - 1);
  const point = measure.annual.find((p) => p.year === year);
  const value = point ? readPointValue(point, measure.unit) : null;
  if (value === null) return [];
  return [{ value, label: `${year} outturn ${formatValue(value, measure.unit)}`, kind: 'comparison' }];
}

/** Columns shown only where the data has them: no empty numerator column for a count, no status without a target. */
function tableShape(measure: Measure, rows: Row[]): { columns: FiguresTableColumn[] } {
  const columns: FiguresTableColumn[] = [{ key: 'value', header: 'Figure', numeric: true }];
  if (hasFractions(rows)) columns.push({ key: 'numerator', header: 'Numerator', numeric: true }, { key: 'denominator', header: 'Denominator', numeric: true });
  const targetKind = targetKindOf(measure);
  if (targetKind !== null) columns.push({ key: 'target', header: TARGET_KIND_LABELS[targetKind], numeric: true });
  if (hasStatus(measure)) columns.push({ key: 'status', header: 'Status' });
  return { columns };
}

function cellsOf(measure: Measure, rows: Row[], row: Row) {
  const cells: (string | { status: Row['status'] })[] = [text(row.value, measure)];
  if (hasFractions(rows)) cells.push(count(row.numerator), count(row.denominator));
  if (measure.target !== null) cells.push(formatTarget(measure.target, measure.unit));
  if (hasStatus(measure)) cells.push({ status: row.status });
  return cells;
}

const hasFractions = (rows: Row[]) => rows.some((r) => r.numerator !== null && r.denominator !== null);
const hasStatus = (measure: Measure) => measure.target !== null && measure.polarity !== 'neutral';
const text = (value: number | null, measure: Measure) => formatValue(value, measure.unit);
const count = (value: number | null) => formatValue(value, 'count');

function fraction(row: Row): string | null {
  return row.numerator !== null && row.denominator !== null ? `${count(row.numerator)} / ${count(row.denominator)}` : null;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}
