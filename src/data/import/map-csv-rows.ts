import type { SheetRow } from './csv-sheet';
import type { IssueList } from './csv-issue';
import { Claims } from './csv-claims';
import { createBenchmarkDrafts, isBenchmarkRow, readBenchmarkRow, type BenchmarkDrafts } from './csv-benchmarks';
import { cleanCell, quoteCell, readBoolean, readChoice, readDate, readFigure, readNumber, readPeriod, type CellResult } from './csv-cells';
import { basisSchema, polaritySchema, unitSchema } from '../contract/indicator-schema';
import type { Basis, Polarity, Unit } from '../../domain/indicators';
import { emptyExtensionDraft, readExtensionCells, type ExtensionDraft } from './csv-extensions';
import { isEventRow, readEventRow, type EventDraft } from './csv-events';

/**
 * First half of reading the CSV long format: walks the rows once, reading every cell (Excel habits allowed)
 * and grouping rows by measure, section and service area. Every unreadable cell is reported with its row and
 * column; reading carries on so that the analyst sees all the problems at once.
 */

export type PointDraft = {
  row: number;
  value: number | null;
  numerator?: number;
  denominator?: number;
  fromFraction: boolean;
  /** The period cell as written, and the month it would be if read month first (csv-cells.ts readPeriod). */
  periodText?: string;
  monthFirst?: string;
};
export type MeasureDraft = {
  id: string;
  firstRow: number;
  claims: Claims;
  monthly: Map<string, PointDraft>;
  annual: Map<string, PointDraft>;
  notes: string[];
  /** Cells written with a percent sign, checked against the unit once every row is read. */
  percentCells: { row: number; column: string; text: string }[];
  /** Family links, targets per year, trajectories and stated figures (csv-extensions.ts). */
  extensions: ExtensionDraft;
};
export type GroupDraft = { id: string; firstRow: number; claims: Claims };
export type CsvDrafts = {
  file: Claims;
  measures: Map<string, MeasureDraft>;
  sections: Map<string, GroupDraft>;
  areas: Map<string, GroupDraft>;
  benchmarks: BenchmarkDrafts;
  /** Rows that record an event rather than a figure (csv-events.ts). */
  events: EventDraft[];
};

const UNIT_ALIASES: Record<string, Unit> = { '%': 'percent', percentage: 'percent', number: 'count', rate: 'rate-per-10k' };
const POLARITY_ALIASES: Record<string, Polarity> = { higher: 'higher-is-better', lower: 'lower-is-better', none: 'neutral', 'n/a': 'neutral' };
const BASIS_ALIASES: Record<string, Basis> = { monthly: 'month', ytd: 'year-to-date', cumulative: 'year-to-date', 'month-end': 'snapshot' };

export function collectCsvRows(rows: SheetRow[], issues: IssueList): CsvDrafts {
  const drafts: CsvDrafts = { file: new Claims(issues, 'the file'), measures: new Map(), sections: new Map(), areas: new Map(), benchmarks: createBenchmarkDrafts(), events: [] };
  for (const sheetRow of rows) readRow(sheetRow, drafts, issues);
  return drafts;
}

function readRow({ row, cells }: SheetRow, drafts: CsvDrafts, issues: IssueList): void {
  const raw = (column: string) => cells.get(column) ?? '';
  const text = (column: string) => cleanCell(raw(column)) || null;
  const read = <T>(column: string, reader: (cell: string) => CellResult<T>): T | null => {
    const result = reader(raw(column));
    if (result.ok) return result.value;
    issues.add(row, column, result.message);
    return null;
  };

  const file = drafts.file;
  file.offer('authority', text('authority'), row);
  file.offer('report_title', text('report_title'), row);
  const year = read<string | null>('financial_year', (cell) => (cleanCell(cell) === '' ? { ok: true, value: null } : readFinancialYear(cell)));
  file.offer('financial_year', year, row);
  file.offer('quarter', read('quarter', readQuarter), row);
  file.offer('as_at', read('as_at', readDate), row);

  // An event may concern a service area or the whole file, so its row needs no measure.
  if (isEventRow(cells)) return readEventRow(row, cells, drafts.events, issues);
  const id = text('measure_id');
  if (!id) {
    issues.add(row, 'measure_id', 'the measure id is blank: every row needs one');
    return;
  }
  if (isBenchmarkRow(cells)) return readBenchmarkRow(row, cells, id, drafts.benchmarks, issues);
  let measure = drafts.measures.get(id);
  if (!measure) {
    measure = { id, firstRow: row, claims: new Claims(issues, `measure ${quoteCell(id)}`), monthly: new Map(), annual: new Map(), notes: [], percentCells: [], extensions: emptyExtensionDraft() };
    drafts.measures.set(id, measure);
  }
  const claims = measure.claims;
  for (const column of ['code', 'title', 'section', 'service_area', 'cumulative_of', 'part_of'] as const) claims.offer(column, text(column), row);
  const offerRead = <T>(column: string, reader: (cell: string) => CellResult<T>): T | null => {
    const result = reader(raw(column));
    if (result.ok) claims.offer(column, result.value, row);
    else {
      issues.add(row, column, result.message);
      claims.markUnreadable(column);
    }
    return result.ok ? result.value : null;
  };
  offerRead('unit', (cell) => readChoice(cell, unitSchema.options, UNIT_ALIASES));
  offerRead('polarity', (cell) => readChoice(cell, polaritySchema.options, POLARITY_ALIASES));
  offerRead('basis', (cell) => readChoice(cell, basisSchema.options, BASIS_ALIASES));
  offerRead('additive', readBoolean);
  for (const column of ['target', 'tolerance'] as const) {
    const cell = offerRead(column, (text) => {
      const result = readNumber(text);
      return result.ok ? { ok: true, value: result.value?.number ?? null } : result;
    });
    if (cell !== null && cleanCell(raw(column)).endsWith('%')) measure.percentCells.push({ row, column, text: cleanCell(raw(column)) });
  }
  const note = text('notes');
  if (note && !measure.notes.includes(note)) measure.notes.push(note);
  // The row's period as read by readPoint, which reports a bad one; here it only places a year target or trajectory.
  const period = readPeriod(raw('period'));
  readExtensionCells(row, claims, measure.extensions, text, read, issues, period.ok ? period.value : null);

  const sectionId = text('section');
  if (sectionId) {
    const section = group(drafts.sections, sectionId, row, `section ${quoteCell(sectionId)}`, issues);
    for (const column of ['section_title', 'section_definition', 'section_analysis'] as const) section.claims.offer(column, text(column), row);
  }
  const areaId = text('service_area');
  if (areaId) group(drafts.areas, areaId, row, `service area ${quoteCell(areaId)}`, issues).claims.offer('service_area_name', text('service_area_name'), row);

  readPoint(row, measure, raw, read, issues);
}

function readPoint(
  row: number,
  measure: MeasureDraft,
  raw: (column: string) => string,
  read: <T>(column: string, reader: (cell: string) => CellResult<T>) => T | null,
  issues: IssueList,
): void {
  const period = read('period', readPeriod);
  const figure = read('value', readFigure);
  const count = (column: string) => {
    const cell = read(column, readNumber);
    if (cell?.percent) issues.add(row, column, `${quoteCell(cleanCell(raw(column)))} has a percent sign: a ${column} is a number of children or cases`);
    return cell?.number;
  };
  let numerator = count('numerator');
  let denominator = count('denominator');
  if (!period || !figure) return;

  if (figure.numerator !== undefined) {
    for (const [column, given, fromFraction] of [
      ['numerator', numerator, figure.numerator],
      ['denominator', denominator, figure.denominator],
    ] as const) {
      if (given !== undefined && given !== fromFraction)
        issues.add(row, column, `${given} differs from the fraction ${quoteCell(cleanCell(raw('value')))} in column value`);
    }
    numerator = figure.numerator;
    denominator = figure.denominator;
  }
  const points = period.kind === 'month' ? measure.monthly : measure.annual;
  const key = period.kind === 'month' ? period.month : period.year;
  const earlier = points.get(key);
  if (earlier) {
    issues.add(row, 'period', `${quoteCell(cleanCell(raw('period')))} (${key}) is already given for measure ${quoteCell(measure.id)} on row ${earlier.row}`);
    return;
  }
  if (figure.percent) measure.percentCells.push({ row, column: 'value', text: cleanCell(raw('value')) });
  const point: PointDraft = { row, value: figure.value, fromFraction: figure.numerator !== undefined, periodText: cleanCell(raw('period')) };
  if (period.kind === 'month' && period.monthFirst) point.monthFirst = period.monthFirst;
  if (numerator !== undefined) point.numerator = numerator;
  if (denominator !== undefined) point.denominator = denominator;
  points.set(key, point);
}

function group(groups: Map<string, GroupDraft>, id: string, row: number, owner: string, issues: IssueList): GroupDraft {
  let found = groups.get(id);
  if (!found) {
    found = { id, firstRow: row, claims: new Claims(issues, owner) };
    groups.set(id, found);
  }
  return found;
}

function readFinancialYear(cell: string): CellResult<string> {
  const period = readPeriod(cell);
  if (!period.ok) return period;
  if (period.value.kind !== 'year') return { ok: false, message: `${quoteCell(cleanCell(cell))} is a month, not a financial year like "2023/24"` };
  return { ok: true, value: period.value.year };
}

function readQuarter(cell: string): CellResult<1 | 2 | 3 | 4 | null> {
  const text = cleanCell(cell).toUpperCase();
  if (text === '') return { ok: true, value: null };
  const match = /^Q?([1-4])$/.exec(text);
  if (!match) return { ok: false, message: `${quoteCell(cleanCell(cell))} is not a quarter: write 1 to 4 (or Q1 to Q4)` };
  return { ok: true, value: Number(match[1]) as 1 | 2 | 3 | 4 };
}
