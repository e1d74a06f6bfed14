import type { CellRef, IssueList } from './csv-issue';
import type { Dataset } from '../../domain/indicators';
import { toTextBlocks } from './csv-claims';
import { buildExtensionFields } from './csv-extensions';
import { COLUMN_OF_MEASURE_FIELD } from './csv-columns';
import { quoteCell } from './csv-cells';
import type { CsvDrafts, MeasureDraft, PointDraft } from './map-csv-rows';
import { describePeriodWarnings } from './csv-period-warnings';
import { buildCsvBenchmarks } from './csv-benchmarks';
import { buildCsvEvents } from './csv-events';
import { financialYearOfMonth, listMonthsOfFinancialYear, parseFinancialYear } from '../../domain/period';

/** File details the CSV may leave out: from the CLI's flags, or from the dataset on screen in the import dialog. */
export type CsvDefaults = {
  authority?: string;
  title?: string;
  financialYear?: string;
  quarter?: 1 | 2 | 3 | 4 | null;
  asAt?: string;
  /** The dataset on screen, which a file of benchmarks alone (`npm run benchmarks` without --into) is added to. */
  onScreen?: Dataset;
};

export const DEFAULT_REPORT_TITLE = "Children's Social Care Performance Report";

export type CsvMapping = {
  /** A candidate for data contract v1, still to be validated. */
  dataset: Record<string, unknown>;
  /** JSON path of each built field -> the cell it came from, to point schema errors back at the sheet. */
  sourceMap: Map<string, CellRef>;
  /** Figures whose month is in doubt (csv-period-warnings.ts): the file loads, but the analyst should look. */
  warnings: string[];
};

/**
 * Second half of reading the CSV: builds the dataset from the grouped rows. Missing required details are
 * reported at the first row of their measure; the reporting year's months without a row become null figures,
 * as the contract stores "no figure yet".
 */
export function buildCsvDataset(drafts: CsvDrafts, defaults: CsvDefaults, issues: IssueList): CsvMapping {
  const sourceMap = new Map<string, CellRef>();
  const at = (path: string, row: number | null | undefined, column: string) => sourceMap.set(path, { row: row ?? null, column });
  const measures = [...drafts.measures.values()];

  const lastMonth = measures.flatMap((m) => [...m.monthly.entries()].filter(([, p]) => hasFigure(p)).map(([month]) => month)).sort().at(-1);
  const lastYear = measures.flatMap((m) => [...m.annual.keys()]).sort().at(-1);
  const file = drafts.file;
  const financialYear = file.value<string>('financial_year') ?? defaults.financialYear ?? (lastMonth ? financialYearOfMonth(lastMonth) : lastYear);
  const asAt = file.value<string>('as_at') ?? defaults.asAt ?? (lastMonth ? lastDayOf(lastMonth) : undefined);
  const authority = file.value<string>('authority') ?? defaults.authority;
  if (!financialYear) issues.add(null, 'financial_year', 'no financial year: add a financial_year column (e.g. "2023/24") or give monthly figures');
  if (!asAt) issues.add(null, 'as_at', 'no "as at" date: add an as_at column (e.g. "2023-09-30") or give monthly figures');
  if (!authority) issues.add(null, 'authority', 'no authority name: add an authority column (or use --authority with npm run convert)');
  at('authority', file.row('authority'), 'authority');
  at('title', file.row('report_title'), 'report_title');
  at('reportingPeriod', file.row('financial_year'), 'financial_year');
  at('reportingPeriod.financialYear', file.row('financial_year'), 'financial_year');
  at('reportingPeriod.quarter', file.row('quarter'), 'quarter');
  at('reportingPeriod.asAt', file.row('as_at'), 'as_at');

  const serviceAreas = [...drafts.areas.values()].map((area, i) => {
    const name = area.claims.value<string>('service_area_name');
    if (!name) issues.add(area.firstRow, 'service_area_name', `service area ${quoteCell(area.id)} has no name: give it on at least one of its rows`);
    at(`serviceAreas[${i}]`, area.firstRow, 'service_area');
    at(`serviceAreas[${i}].id`, area.firstRow, 'service_area');
    at(`serviceAreas[${i}].name`, area.claims.row('service_area_name') ?? area.firstRow, 'service_area_name');
    return { id: area.id, name };
  });

  const sections = [...drafts.sections.values()].map((section, i) => {
    const title = section.claims.value<string>('section_title');
    if (!title) issues.add(section.firstRow, 'section_title', `section ${quoteCell(section.id)} has no title: give it on at least one of its rows`);
    const owner = measures.find((m) => m.claims.value('section') === section.id);
    const rowOf = (column: string) => section.claims.row(column) ?? section.firstRow;
    at(`sections[${i}]`, section.firstRow, 'section');
    at(`sections[${i}].id`, section.firstRow, 'section');
    at(`sections[${i}].title`, rowOf('section_title'), 'section_title');
    at(`sections[${i}].serviceArea`, owner?.claims.row('service_area') ?? section.firstRow, 'service_area');
    at(`sections[${i}].definition`, rowOf('section_definition'), 'section_definition');
    at(`sections[${i}].analysis`, rowOf('section_analysis'), 'section_analysis');
    return {
      id: section.id,
      title,
      serviceArea: owner?.claims.value<string>('service_area'),
      definition: toTextBlocks(section.claims.value<string>('section_definition')),
      analysis: toTextBlocks(section.claims.value<string>('section_analysis')),
    };
  });

  const yearStart = financialYear ? parseFinancialYear(financialYear) : null;
  const reportingMonths = yearStart === null ? [] : listMonthsOfFinancialYear(yearStart);
  const builtMeasures = measures.map((measure, i) => buildMeasure(measure, `measures[${i}]`, reportingMonths, issues, at));

  const dataset: Record<string, unknown> = {
    schemaVersion: 1,
    authority: { name: authority },
    title: file.value<string>('report_title') ?? defaults.title ?? DEFAULT_REPORT_TITLE,
    reportingPeriod: { financialYear, quarter: file.value<number>('quarter') ?? defaults.quarter ?? null, asAt },
    serviceAreas,
    sections,
    measures: builtMeasures,
  };
  const benchmarks = buildCsvBenchmarks(drafts.benchmarks, authority, (path, ref) => sourceMap.set(path, ref), issues);
  if (benchmarks) dataset.benchmarks = benchmarks;
  const ids = { measures: new Set(measures.map((m) => m.id)), areas: new Set(drafts.areas.keys()) };
  const events = buildCsvEvents(drafts.events, ids, (path, ref) => sourceMap.set(path, ref), issues);
  if (events) dataset.events = events;
  return { dataset, sourceMap, warnings: describePeriodWarnings(measures, financialYear, reportingMonths, asAt) };
}

const REQUIRED_MEASURE_COLUMNS = ['title', 'section', 'service_area', 'unit', 'polarity', 'basis', 'additive'] as const;

function buildMeasure(
  measure: MeasureDraft,
  path: string,
  reportingMonths: string[],
  issues: IssueList,
  at: (path: string, row: number | null | undefined, column: string) => void,
): Record<string, unknown> {
  const { claims, firstRow } = measure;
  for (const column of REQUIRED_MEASURE_COLUMNS)
    if (claims.isMissing(column)) issues.add(firstRow, column, `measure ${quoteCell(measure.id)} has no ${column}: give it on at least one of its rows`);
  at(path, firstRow, 'measure_id');
  for (const [field, column] of Object.entries(COLUMN_OF_MEASURE_FIELD)) at(`${path}.${field}`, claims.row(column) ?? firstRow, column);

  const unit = claims.value<string>('unit');
  if (unit !== undefined && unit !== 'percent')
    for (const cell of measure.percentCells)
      issues.add(cell.row, cell.column, `${quoteCell(cell.text)} has a percent sign, but measure ${quoteCell(measure.id)} is a ${unit} measure, not a percentage`);
  const points = (drafts: Map<string, PointDraft>, key: 'month' | 'year', fill: string[], pointsPath: string) => {
    const all = new Map(drafts);
    for (const period of fill) if (!all.has(period)) all.set(period, { row: 0, value: null, fromFraction: false });
    return [...all.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, point], j) => {
        if (point.row > 0) {
          const base = `${path}.${pointsPath}[${j}]`;
          at(base, point.row, 'period');
          at(`${base}.${key}`, point.row, 'period');
          at(`${base}.value`, point.row, 'value');
          at(`${base}.numerator`, point.row, point.fromFraction ? 'value' : 'numerator');
          at(`${base}.denominator`, point.row, point.fromFraction ? 'value' : 'denominator');
          checkPoint(point, unit, issues);
        }
        const built: Record<string, unknown> = { [key]: period, value: point.value };
        if (point.numerator !== undefined) built.numerator = point.numerator;
        if (point.denominator !== undefined) built.denominator = point.denominator;
        return built;
      });
  };

  const built: Record<string, unknown> = {
    id: measure.id,
    code: claims.value<string>('code') ?? null,
    title: claims.value('title'),
    section: claims.value('section'),
    serviceArea: claims.value('service_area'),
    unit,
    polarity: claims.value('polarity'),
    basis: claims.value('basis'),
    additive: claims.value('additive'),
    target: claims.value<number>('target') ?? null,
    monthly: points(measure.monthly, 'month', reportingMonths, 'monthly'),
    annual: points(measure.annual, 'year', [], 'annual'),
  };
  const tolerance = claims.value<number>('tolerance');
  if (tolerance !== undefined) built.tolerance = tolerance;
  for (const [field, column] of [['cumulativeOf', 'cumulative_of'], ['partOf', 'part_of']] as const) {
    const value = claims.value<string>(column);
    if (value) built[field] = value;
  }
  if (measure.notes.length > 0) built.notes = measure.notes;
  const extensions = buildExtensionFields(claims, measure.extensions);
  // A trajectory given without its own year's target runs towards the measure's target.
  if (Array.isArray(extensions.targets))
    extensions.targets = (extensions.targets as { value: number | null }[]).map((t) => ({ ...t, value: t.value ?? built.target }));
  if (Array.isArray(built.annual))
    for (const point of built.annual as Record<string, unknown>[]) {
      const month = measure.extensions.repeats.get(String(point.year));
      if (month) point.repeatsMonth = month;
    }
  return { ...built, ...extensions };
}

/**
 * The contract's rules for one figure, checked here as well as by the schema: zod runs its cross-field rules
 * only once the file's shape is right, and an analyst fixing a sheet should see every wrong cell in one go.
 * The wording matches the schema's, so the two never both appear.
 */
function checkPoint(point: PointDraft, unit: string | undefined, issues: IssueList): void {
  const { row, value, numerator, denominator } = point;
  if (value !== null && unit === 'percent' && (value < 0 || value > 100))
    issues.add(row, 'value', `a percentage must be between 0 and 100 (got ${value})`);
  if (value !== null && unit !== undefined && unit !== 'percent' && value < 0) issues.add(row, 'value', `must not be negative (got ${value})`);
  const fractionColumn = (column: string) => (point.fromFraction ? 'value' : column);
  for (const [column, count] of [['numerator', numerator], ['denominator', denominator]] as const) {
    if (count !== undefined && count < 0) issues.add(row, fractionColumn(column), `the ${column} must not be negative (got ${count})`);
    else if (count !== undefined && !Number.isInteger(count)) issues.add(row, fractionColumn(column), `the ${column} must be a whole number (got ${count})`);
  }
  if (numerator !== undefined && denominator !== undefined && numerator > denominator)
    issues.add(row, fractionColumn('numerator'), `numerator ${numerator} is greater than denominator ${denominator}`);
}

function hasFigure(point: PointDraft): boolean {
  return point.value !== null || point.numerator !== undefined || point.denominator !== undefined;
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
