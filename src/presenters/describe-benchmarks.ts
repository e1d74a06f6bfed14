import type { BenchmarkSymbol } from '../domain/benchmarks';
import type { Measure } from '../domain/indicators';
import type { BenchmarkFigure, BenchmarkSummary } from '../domain/measure-benchmarks';
import type { AuthorityRank, QuartileBand } from '../domain/rank-among-authorities';
import { formatValue } from './format';

/** How benchmarks are worded on a tile, a slide, a table and an export: each rule once. */

export type BenchmarkLineView = {
  /** "2022/23": a benchmark is never shown without its year. */
  year: string;
  /** "England 21.6% · North East 22.0% · Neighbours 19.9%" */
  comparisons: string;
  /** The same, one item each, so that a label never wraps away from its figure. */
  items: { label: string; text: string }[];
  /** "7th of 148 authorities", "=7th of 148 authorities", "7th highest of 148 authorities"; null without every authority. */
  rankText: string | null;
  band: QuartileBand | null;
  /** The whole line for screen readers and slides, in words. */
  sentence: string;
};

export const NEIGHBOURS_LABEL = 'Neighbours';

/** What a missing published figure means, in the words of the Government Statistical Service symbols. */
export const SYMBOL_WORDS: Record<BenchmarkSymbol, string> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero',
  u: 'low reliability',
  k: 'suppressed',
  blank: 'no figure',
};

export function describeBenchmarkLine(summary: BenchmarkSummary | null | undefined, measure: Pick<Measure, 'unit'>): BenchmarkLineView | null {
  if (!summary) return null;
  const items = comparisonsOf(summary).map(({ label, figure }) => ({ label, text: describeFigure(figure, measure) }));
  const parts = items.map(({ label, text }) => `${label} ${text}`);
  if (parts.length === 0) return null;
  const rankText = summary.rank ? describeRank(summary.rank) : null;
  const bandText = summary.rank?.band ? `, quartile band ${summary.rank.band} (A is the best quarter)` : '';
  return {
    year: summary.year,
    comparisons: parts.join(' · '),
    items,
    rankText,
    band: summary.rank?.band ?? null,
    sentence: `Published benchmarks for ${summary.year}: ${parts.join(', ')}${rankText ? `; this authority ${rankText}${bandText}` : ''}.`,
  };
}

export type Comparison = { key: 'england' | 'region' | 'neighbours'; label: string; figure: BenchmarkFigure };

/** England, the region and the neighbours' average, in that order and named as the source names them, where the file has them. */
export function comparisonsOf(summary: BenchmarkSummary): Comparison[] {
  const list: (Omit<Comparison, 'figure'> & { figure: BenchmarkFigure | null })[] = [
    { key: 'england', label: summary.england?.series.area.name ?? 'England', figure: summary.england },
    { key: 'region', label: summary.region?.series.area.name ?? 'Region', figure: summary.region },
    { key: 'neighbours', label: NEIGHBOURS_LABEL, figure: summary.neighboursAverage },
  ];
  return list.filter((item): item is Comparison => item.figure !== null);
}

/** "21.6%", or why there is no figure: "suppressed", "not available". */
export function describeFigure(figure: BenchmarkFigure | null, measure: Pick<Measure, 'unit'>): string {
  if (!figure) return '—';
  if (figure.value !== null) return formatValue(figure.value, measure.unit);
  return figure.point?.symbol ? SYMBOL_WORDS[figure.point.symbol] : 'no figure';
}

/** "7th of 148 authorities"; a shared place has "=" before it; a neutral measure says "highest". */
export function describeRank(rank: AuthorityRank): string {
  const place = `${rank.tiedWith > 0 ? '=' : ''}${ordinal(rank.rank)}`;
  return `${place}${rank.order === 'highest-first' ? ' highest' : ''} of ${rank.of} authorities`;
}

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
