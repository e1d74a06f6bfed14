import type { AnnualBarPoint } from './chart-views';
import type { ChartAxis, ChartPoint, ChartReference, FigureCell } from './chart-views';
import { statusLabelFor } from './describe-judgement';
import type { ChartLineSeries, FiguresTableColumn, FiguresTableRow } from './chart-views';
import type { Measure } from '../domain/indicators';
import { buildAnnualChartData } from '../domain/build-annual-chart-data';
import { describePartYear } from './describe-coverage';
import { buildMonthlyChartData, type MonthlyChartPoint } from '../domain/build-monthly-chart-data';
import { chooseValueAxis } from './choose-value-axis';
import { describeAnnualTrend, describeMonthlyTrend } from './describe-trend';
import type { Period } from '../domain/period';
import { ownTargetFor, type ResolvedTarget } from '../domain/targets';
import { buildMonthlyReferences, type ReferencePath } from './monthly-references';
import { formatMonth, formatMonthRange } from '../domain/calendar';
import { formatTarget, formatValue } from './format';
import { describeTarget, measureShortName, TARGET_KIND_LABELS, targetKindOf } from './labels';
import { capitalise } from './words';
import type { BenchmarkSummary, MeasureBenchmarks } from '../domain/measure-benchmarks';
import { isBenchmarkable } from '../domain/measure-benchmarks';
import { benchmarkReference, buildAnnualBenchmarks, type BenchmarkSourceView } from './benchmark-figures';
import type { DatasetEvent } from '../domain/events';
import { selectMeasureEvents, type MeasureEvent } from '../domain/select-measure-events';
import { listMonthsOfFinancialYear, parseFinancialYear } from '../domain/period';
import { buildChartEvents, eventCellText, type ChartEventsView } from './event-views';

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
  /** The events in the charted span, drawn as numbered markers; null for none. The table has a column for them. */
  events: ChartEventsView | null;
};

export type MonthlyFigureView = FigureView<ChartPoint> & {
  highlight: { fromKey: string; toKey: string; label: string } | null;
  /** A reference that changes month by month (a trajectory, last year's months), drawn as a second line; null for none. */
  referencePath: { label: string; kind: ChartReference['kind'] } | null;
};
export type AnnualFigureView = FigureView<AnnualBarPoint> & {
  partialLabel: string | null;
  /** Published benchmarks drawn as lines beside the bars; empty without any. */
  lines: ChartLineSeries[];
  /** The publications the benchmarks come from, named under the chart. */
  benchmarkSources: BenchmarkSourceView[];
};

type Row = { value: number | null; numerator: number | null; denominator: number | null; status: MonthlyChartPoint['status'] };

export type MonthlyFigureOptions = {
  /** The target in force for the period's year (the summary's, which may be the family's); the measure's own by default. */
  target?: ResolvedTarget | null;
  /** The period model's latest benchmarks for the measure, drawn as a reference line with its year. */
  benchmark?: BenchmarkSummary | null;
  /** The dataset's events: those concerning the measure in the charted months are drawn and listed. */
  events?: readonly DatasetEvent[] | undefined;
};

export function buildMonthlyFigureView(measure: Measure, period: Period, options: MonthlyFigureOptions = {}): MonthlyFigureView {
  const target = options.target !== undefined ? options.target : ownTargetFor(measure, period.financialYear);
  const benchmark = options.benchmark ?? null;
  const data = buildMonthlyChartData(measure, period, target?.value ?? null);
  const monthly = buildMonthlyReferences(measure, period, target);
  const { path } = monthly;
  const references = [...monthly.lines, ...benchmarkReference(benchmark, measure)];
  const events = selectMeasureEvents(options.events, measure, data.map((p) => p.month));
  const lastEvent = findLastIndex(data, (p) => events.some((e) => e.month === p.month));
  const lastShown = Math.max(findLastIndex(data, (p) => p.value !== null), findLastIndex(data, (p) => p.inPeriod), lastEvent);
  const hasFigures = data.some((p) => p.value !== null);
  const axis = chooseAxis(measure, data, [...references.map((r) => r.value), ...(path ? [...path.values.values()] : [])]);
  const table = withEventColumn(tableShape(measure, data, target, path), events, (p) => p.month);
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
      ? data.map((p) => ({
          key: p.month,
          label: p.label,
          tooltipLabel: formatMonth(p.month),
          value: p.value,
          valueText: text(p.value, measure),
          detail: fraction(p),
          reference: path?.values.get(p.month) ?? null,
        }))
      : [],
    axis,
    references,
    referencePath: path && hasFigures ? { label: path.label, kind: path.kind } : null,
    valueFormatter: (value) => formatTarget(value, measure.unit),
    highlight,
    table: {
      caption: `${measureShortName(measure)}: monthly figures, ${period.financialYear}`,
      rowHeader: 'Month',
      columns: table.columns,
      rows: hasFigures
        ? data.slice(0, lastShown + 1).map((p) => ({
            key: p.month,
            header: formatMonth(p.month),
            mark: p.inPeriod && period.kind !== 'year' ? 'Selected period' : null,
            cells: table.cellsOf(p),
          }))
        : [],
    },
    tableNote:
      [
        hasFigures && later.length > 0 ? `No figures yet for ${formatMonthRange(later[0]?.month ?? '', later.at(-1)?.month ?? '')}.` : null,
        path && path.kind === 'comparison' && path.values.size === 1 ? `The chart marks ${path.label}.` : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
    events: hasFigures && events.length > 0 ? buildChartEvents(events, measure) : null,
  };
}

export type AnnualFigureOptions = {
  /** The target in force in a year (the family's where the measure has none); its own by default. */
  targetFor?: (year: string) => ResolvedTarget | null;
  /** The measure whose page shows the chart, when it borrows its family's year-to-date member's years (CSC 040 from CSC 038). */
  shownFor?: Pick<Measure, 'id'>;
  /** The measure's published benchmarks, drawn as lines beside the bars. */
  benchmarks?: MeasureBenchmarks | undefined;
  /** The dataset's events: those concerning the shown measure are marked in the year they fall in. */
  events?: readonly DatasetEvent[] | undefined;
};

export function buildAnnualFigureView(measure: Measure, reportingFinancialYear: string, options: AnnualFigureOptions = {}): AnnualFigureView {
  const { targetFor = (year: string) => ownTargetFor(measure, year), shownFor = measure, benchmarks } = options;
  const data = buildAnnualChartData(measure, reportingFinancialYear, (year) => targetFor(year)?.value ?? null);
  const current = targetFor(reportingFinancialYear);
  const references = current ? targetReference({ ...measure, target: current.value }) : [];
  const events = selectMeasureEvents(options.events, shownFor.id === measure.id ? measure : { ...measure, ...shownFor }, monthsOfYears(data.map((p) => p.year)));
  const annualTable = withEventColumn(tableShape(measure, data, current, null), events, (p) => p.year, true);
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
  const tickSuffix = (p: (typeof data)[number]) => (p.repeatsMonth ? `${formatMonth(p.repeatsMonth)} only` : measure.basis === 'snapshot' ? 'latest' : 'year to date');
  return {
    heading: measure.id === shownFor.id ? 'Year by year' : `Year by year, from ${measureShortName(measure)} (the year to date)`,
    summary: bench.sentence ? `${describeAnnualTrend(data, measure)} ${bench.sentence}` : describeAnnualTrend(data, measure),
    axisNote: axis.note,
    points: data.some((p) => p.value !== null)
      ? data.map((p) => ({
          key: p.year,
          label: p.yearToDate ? `${p.year} (${tickSuffix(p)})` : p.year,
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
      columns: [...annualTable.columns, ...bench.columns],
      rows: data.map((p) => ({
        key: p.year,
        header: p.year,
        mark: p.yearToDate ? capitalise(partYear(p)) : null,
        cells: [...annualTable.cellsOf(p), ...bench.cellsOf(p.year)],
      })),
    },
    tableNote: null,
    events: events.length > 0 && data.some((p) => p.value !== null) ? buildChartEvents(events, shownFor, { byYear: true }) : null,
  };
}

/** The first and last month of the charted financial years, for choosing the events that fall in them. */
function monthsOfYears(years: string[]): string[] {
  const starts = years.map(parseFinancialYear).filter((y): y is number => y !== null).sort((a, b) => a - b);
  if (starts.length === 0) return [];
  return [listMonthsOfFinancialYear(starts[0] ?? 0)[0] ?? '', listMonthsOfFinancialYear(starts.at(-1) ?? 0).at(-1) ?? ''];
}

/** The table alternative lists each row's events in a column of its own, when the chart has any. */
function withEventColumn<T>(shape: { columns: FiguresTableColumn[]; cellsOf: (row: T) => FigureCell[] }, events: MeasureEvent[], keyOf: (row: T) => string, byYear = false) {
  if (events.length === 0) return shape;
  return {
    columns: [...shape.columns, { key: 'event', header: 'Events', wrap: true }],
    cellsOf: (row: T) => [...shape.cellsOf(row), eventCellText(events, keyOf(row), { byYear }) || '–'],
  };
}

function chooseAxis(measure: Measure, data: MonthlyChartPoint[], references: number[]) {
  return chooseValueAxis({ unit: measure.unit, values: data.map((p) => p.value), references });
}

function targetReference(measure: Measure): ChartReference[] {
  const label = describeTarget(measure);
  if (measure.target === null || label === null) return [];
  return [{ value: measure.target, label, kind: 'target' }];
}

/**
 * Columns shown only where the data has them: no empty numerator column for a count, no status without a target.
 * Each row's target is the one it was judged against (a trajectory's for its month); a reference path that is not
 * the target (last year's months) gets its own column, so the table carries everything the chart draws.
 */
function tableShape<T extends Row & { target: number | null; month?: string; judgedOnTrajectory?: boolean }>(measure: Measure, rows: T[], target: ResolvedTarget | null, path: ReferencePath | null) {
  const columns: FiguresTableColumn[] = [{ key: 'value', header: 'Figure', numeric: true }];
  const fractions = hasFractions(rows);
  if (fractions) columns.push({ key: 'numerator', header: 'Numerator', numeric: true }, { key: 'denominator', header: 'Denominator', numeric: true });
  const targetKind = target ? targetKindOf({ target: target.value, polarity: measure.polarity }) : null;
  const trajectory = path?.kind === 'target';
  if (targetKind !== null) columns.push({ key: 'target', header: trajectory ? path.columnHeader : TARGET_KIND_LABELS[targetKind], numeric: true });
  // A path known at one month only (last year's outturn at March) is said under the table rather than as a column of blanks.
  const extra = path && !trajectory && path.values.size > 1 ? path : null;
  if (extra) columns.push({ key: 'reference', header: extra.columnHeader, numeric: true });
  const status = target !== null && measure.polarity !== 'neutral';
  if (status) columns.push({ key: 'status', header: 'Status' });
  const cellsOf = (row: T) => {
    const cells: FigureCell[] = [text(row.value, measure)];
    if (fractions) cells.push(count(row.numerator), count(row.denominator));
    if (targetKind !== null) cells.push(row.target === null ? '–' : formatTarget(row.target, measure.unit));
    if (extra) cells.push(text(extra.values.get(row.month ?? '') ?? null, measure));
    if (status) cells.push({ status: row.status, label: statusLabelFor(row.status, trajectory || row.judgedOnTrajectory === true) });
    return cells;
  };
  return { columns, cellsOf };
}

const hasFractions = (rows: Row[]) => rows.some((r) => r.numerator !== null && r.denominator !== null);
const text = (value: number | null, measure: Measure) => formatValue(value, measure.unit);
const count = (value: number | null) => formatValue(value, 'count');

function fraction(row: Row): string | null {
  return row.numerator !== null && row.denominator !== null ? `${count(row.numerator)} / ${count(row.denominator)}` : null;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}
