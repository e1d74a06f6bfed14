import { BENCHMARK_AREA_KINDS, type BenchmarkAreaKind, type BenchmarkSymbol } from '../../domain/benchmarks';
import { Claims } from './csv-claims';
import { cleanCell, quoteCell, readChoice, readDate, readNumber, readPeriod } from './csv-cells';
import type { CellRef, IssueList } from './csv-issue';

/**
 * Benchmark rows in the CSV long format (docs/csv-format.md, "Benchmarks"): a row whose `benchmark` column names a
 * comparison (England, region, neighbours...) gives that comparison's published figure for the measure and period,
 * instead of the council's own. The source's name, publication date and link are given on its rows.
 */
const KIND_ALIASES: Record<string, BenchmarkAreaKind> = {
  neighbours: 'neighbours-average',
  'statistical-neighbours': 'neighbours-average',
  'neighbour-average': 'neighbours-average',
  'this-council': 'this-authority',
  'local-authority': 'authority',
};
const DEFAULT_NAMES: Partial<Record<BenchmarkAreaKind, string>> = { england: 'England', 'neighbours-average': 'Statistical neighbours (average)' };
const SYMBOLS: Record<string, BenchmarkSymbol> = { c: 'c', x: 'x', z: 'z', low: 'low', u: 'u', k: 'k' };

type PointDraft = { row: number; value: number | null; symbol?: BenchmarkSymbol };
type SeriesDraft = { measure: string; source: string; kind: BenchmarkAreaKind; name: string; code: string | null; firstRow: number; points: Map<string, PointDraft> };
export type BenchmarkDrafts = { sources: Map<string, { firstRow: number; claims: Claims }>; series: Map<string, SeriesDraft> };

export function createBenchmarkDrafts(): BenchmarkDrafts {
  return { sources: new Map(), series: new Map() };
}

export function isBenchmarkRow(cells: Map<string, string>): boolean {
  return cleanCell(cells.get('benchmark')) !== '';
}

/** One benchmark row: every unreadable cell is reported with its row and column, and reading carries on. */
export function readBenchmarkRow(row: number, cells: Map<string, string>, measureId: string, drafts: BenchmarkDrafts, issues: IssueList): void {
  const raw = (column: string) => cells.get(column) ?? '';
  const text = (column: string) => cleanCell(raw(column));
  const kind = readChoice(raw('benchmark'), BENCHMARK_AREA_KINDS, KIND_ALIASES);
  if (!kind.ok) return issues.add(row, 'benchmark', kind.message);
  const name = text('benchmark_name') || (kind.value ? DEFAULT_NAMES[kind.value] : undefined);
  if (!name) return issues.add(row, 'benchmark_name', `a ${kind.value} benchmark needs the area's name (e.g. "North East" or "Hartlepool")`);
  const sourceName = text('benchmark_source') || (drafts.sources.size === 1 ? [...drafts.sources.keys()][0] : '');
  if (!sourceName) return issues.add(row, 'benchmark_source', 'name the publication the figure comes from (e.g. "Children in need 2023")');
  let source = drafts.sources.get(sourceName);
  if (!source) drafts.sources.set(sourceName, (source = { firstRow: row, claims: new Claims(issues, `source ${quoteCell(sourceName)}`) }));
  const published = readDate(raw('benchmark_published'));
  if (published.ok) source.claims.offer('benchmark_published', published.value, row);
  else issues.add(row, 'benchmark_published', published.message);
  source.claims.offer('benchmark_url', text('benchmark_url') || null, row);

  const period = readPeriod(raw('period'));
  if (!period.ok) return issues.add(row, 'period', period.message);
  const key = period.value.kind === 'month' ? period.value.month : period.value.year;
  const symbol = SYMBOLS[text('value').toLowerCase()];
  const figure = symbol ? null : readNumber(raw('value'));
  if (figure && !figure.ok) return issues.add(row, 'value', `${figure.message}, nor a GSS symbol (c, x, z, low, u, k)`);

  const code = text('benchmark_code') || null;
  const seriesKey = `${measureId}|${sourceName}|${kind.value}|${code ?? name}`;
  let series = drafts.series.get(seriesKey);
  if (!series) drafts.series.set(seriesKey, (series = { measure: measureId, source: sourceName, kind: kind.value ?? 'england', name, code, firstRow: row, points: new Map() }));
  const earlier = series.points.get(key);
  if (earlier) return issues.add(row, 'period', `${key} is already given for ${name} beside measure ${quoteCell(measureId)} on row ${earlier.row}`);
  const value = figure?.value?.number ?? null;
  series.points.set(key, { row, value, ...(symbol ? { symbol } : value === null ? { symbol: 'blank' as const } : {}) });
}

/** The benchmarks part, with where each field came from so that the contract's messages point back at the sheet. */
export function buildCsvBenchmarks(drafts: BenchmarkDrafts, authority: string | undefined, at: (path: string, ref: CellRef) => void, issues: IssueList) {
  if (drafts.series.size === 0) return undefined;
  const ids = new Map([...drafts.sources.keys()].map((name) => [name, slugOf(name)]));
  const sources = [...drafts.sources].map(([name, { firstRow, claims }], i) => {
    for (const column of ['benchmark_published', 'benchmark_url'])
      if (claims.isMissing(column)) issues.add(firstRow, column, `source ${quoteCell(name)} has no ${column}: give it on at least one of its rows`);
    at(`benchmarks.sources[${i}].published`, { row: claims.row('benchmark_published') ?? firstRow, column: 'benchmark_published' });
    at(`benchmarks.sources[${i}].url`, { row: claims.row('benchmark_url') ?? firstRow, column: 'benchmark_url' });
    return { id: ids.get(name), name, published: claims.value('benchmark_published'), url: claims.value('benchmark_url') };
  });
  const series = [...drafts.series.values()].map((draft, i) => {
    at(`benchmarks.series[${i}]`, { row: draft.firstRow, column: 'benchmark' });
    at(`benchmarks.series[${i}].measure`, { row: draft.firstRow, column: 'measure_id' });
    const points = [...draft.points].sort(([a], [b]) => a.localeCompare(b));
    points.forEach(([, point], j) => at(`benchmarks.series[${i}].points[${j}]`, { row: point.row, column: 'value' }));
    return {
      measure: draft.measure,
      source: ids.get(draft.source),
      area: { kind: draft.kind, name: draft.name, ...(draft.code ? { code: draft.code } : {}) },
      points: points.map(([period, { value, symbol }]) => ({ period, value, ...(symbol ? { symbol } : {}) })),
    };
  });
  const own = [...drafts.series.values()].find((s) => s.kind === 'this-authority');
  return { authority: { name: own?.name ?? authority ?? 'This authority', ...(own?.code ? { code: own.code } : {}) }, sources, series };
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'source';
}
