import type { Polarity } from './indicators';

/** A quarter of the authorities: A is the best quarter, D the worst (the convention of DfE's LAIT). */
export type QuartileBand = 'A' | 'B' | 'C' | 'D';

export type AuthorityRank = {
  /** 1 is the best (or, for a neutral measure, the highest) figure. Tied authorities share the better rank. */
  rank: number;
  /** How many authorities have a figure that year. */
  of: number;
  /** How many others share this figure. */
  tiedWith: number;
  /** Null for a neutral measure: a higher figure is not better, so there is no best quarter. */
  band: QuartileBand | null;
  /** "best-first" ranks respect polarity; a neutral measure is ranked highest first. */
  order: 'best-first' | 'highest-first';
};

const BANDS: readonly QuartileBand[] = ['A', 'B', 'C', 'D'];

/**
 * Where `value` stands among every authority's figure for one year (`all` includes the council's own). Ties share
 * the better rank (1, 2, 2, 4), and the band follows the rank: the first quarter of places is A. So tied
 * authorities always share a band, and a band never depends on the order the file lists them in.
 */
export function rankAmongAuthorities(value: number, all: readonly number[], polarity: Polarity): AuthorityRank | null {
  const figures = all.filter((figure) => Number.isFinite(figure));
  if (!figures.includes(value)) return null;
  const better = (figure: number) => (polarity === 'lower-is-better' ? figure < value : figure > value);
  const rank = 1 + figures.filter(better).length;
  const of = figures.length;
  return {
    rank,
    of,
    tiedWith: figures.filter((figure) => figure === value).length - 1,
    band: polarity === 'neutral' ? null : bandOf(rank, of),
    order: polarity === 'neutral' ? 'highest-first' : 'best-first',
  };
}

/** Rank r of n falls in quarter floor((r - 1) * 4 / n): 148 authorities give A for 1st-37th, B for 38th-74th... */
export function bandOf(rank: number, of: number): QuartileBand {
  return BANDS[Math.min(3, Math.floor(((rank - 1) * 4) / of))] ?? 'D';
}
