import Papa from 'papaparse';
import type { BenchmarkMapping } from './benchmark-mapping';
import { readEesFigure, readEesPeriod, type EesFigure } from './ees-cells';
import { roundTo } from '../../domain/numbers';

/** A problem in one of the published files, at the spreadsheet row (header = row 1) and column to look at. */
export type EesIssue = { file: string | null; row: number | null; column: string | null; message: string };

export type EesLevel = 'national' | 'regional' | 'local-authority';

/** One published figure that a mapped measure takes, with where it came from. */
export type Observation = {
  measure: string;
  source: string;
  level: EesLevel;
  countryName: string;
  regionName: string;
  laName: string;
  newLaCode: string;
  oldLaCode: string;
  period: string;
  figure: EesFigure;
  file: string;
  row: number;
};

const LEVELS: Record<string, EesLevel> = { national: 'national', regional: 'regional', 'local authority': 'local-authority' };
const REQUIRED = ['time_period', 'time_identifier', 'geographic_level'];

/** "data/cin_2023.csv" -> "cin_2023.csv": the mapping names files without their folders. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

/**
 * Reads one EES data file (tidy: one row per time period, geography and filter combination; one column per
 * indicator) and keeps the rows each mapped measure asks for: the source that names this file, its filter values,
 * national, regional and local authority rows. Other geographic levels (local authority district, ward...) are
 * skipped. Every unreadable cell is reported with its row and column; reading carries on.
 */
export function readEesFile(path: string, text: string, mapping: BenchmarkMapping): { observations: Observation[]; issues: EesIssue[] } {
  const file = baseName(path);
  const issues: EesIssue[] = [];
  const issue = (row: number | null, column: string | null, message: string) => issues.push({ file, row, column, message });
  const sources = new Set(mapping.sources.filter((s) => s.files.some((f) => baseName(f) === file)).map((s) => s.id));
  const wanted = mapping.measures.filter((m) => sources.has(m.source));
  if (wanted.length === 0) {
    issue(null, null, `no source in the mapping names this file: add "${file}" to the files of a source`);
    return { observations: [], issues };
  }

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  for (const error of parsed.errors) issue(typeof error.row === 'number' ? error.row + 1 : null, null, error.message);
  const [header = [], ...records] = parsed.data;
  const columns = header.map((name) => name.trim().toLowerCase());
  const index = new Map(columns.map((name, i) => [name, i]));
  const missing = [...REQUIRED, ...wanted.flatMap((m) => [m.indicator.toLowerCase(), ...Object.keys(m.filters).map((f) => f.toLowerCase())])].filter(
    (name, i, all) => !index.has(name) && all.indexOf(name) === i,
  );
  for (const name of missing) issue(1, name, `the column "${name}" is not in the file's headings${REQUIRED.includes(name) ? ' (DfE open data standards require it)' : ' (named in the mapping)'}`);
  if (missing.length > 0) return { observations: [], issues };

  const cell = (record: string[], name: string) => (record[index.get(name) ?? -1] ?? '').trim();
  const observations: Observation[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.every((value) => value.trim() === '')) return;
    if (record.length > columns.length && record.slice(columns.length).some((value) => value.trim() !== ''))
      return issue(row, null, `the row has ${record.length} cells but there are ${columns.length} headings: is there an unquoted comma, such as a decimal comma?`);
    const level = LEVELS[cell(record, 'geographic_level').toLowerCase()];
    if (!level) return;
    // England's rows, by the GSS code or by name: files for the United Kingdom also hold Wales, Scotland...
    if (level === 'national' && cell(record, 'country_code') !== 'E92000001' && !/^england\b/i.test(cell(record, 'country_name'))) return;
    if (level === 'local-authority' && !index.has('la_name')) return issue(row, 'la_name', 'a local authority row needs the la_name column');
    if (level === 'regional' && !index.has('region_name')) return issue(row, 'region_name', 'a regional row needs the region_name column');
    const matching = wanted.filter((m) => Object.entries(m.filters).every(([column, value]) => cell(record, column.toLowerCase()).toLowerCase() === value.trim().toLowerCase()));
    if (matching.length === 0) return;
    const period = readEesPeriod(cell(record, 'time_period'), cell(record, 'time_identifier'));
    if (!period.ok) return issue(row, 'time_period', period.message);
    for (const measure of matching) {
      const column = measure.indicator.toLowerCase();
      const figure = readEesFigure(cell(record, column));
      if (!figure.ok) {
        issue(row, column, figure.message);
        continue;
      }
      const scaled = figure.value.value === null || measure.scale === undefined ? figure.value : { value: roundTo(figure.value.value * measure.scale, 6) };
      observations.push({
        measure: measure.measure,
        source: measure.source,
        level,
        countryName: cell(record, 'country_name'),
        regionName: cell(record, 'region_name'),
        laName: cell(record, 'la_name'),
        newLaCode: cell(record, 'new_la_code'),
        oldLaCode: cell(record, 'old_la_code'),
        period: period.value,
        figure: scaled,
        file,
        row,
      });
    }
  });
  return { observations, issues };
}
