import type { XmrLimits } from './compute-xmr-limits';

/**
 * The four special-cause rules of "Making Data Count", applied to every point. Conventions (docs/spc.md):
 * - outside-limits: strictly above the upper or below the lower process limit.
 * - shift: a run of `shiftLength` (7, or 6 as an option) or more points on one side of the mean. A point exactly on
 *   the mean breaks the run, as in NHSRplotthedots. Every point of the run is flagged.
 * - trend: `trendLength` (7) or more points each higher (or each lower) than the one before. Two equal points in a
 *   row break the trend, as in plotthedots. Every point of the run is flagged; the side is the direction of travel
 *   (rising is 'high'), not the position against the mean, so a rise from a low level reads as a rise.
 * - two-of-three: in any 3 consecutive points, 2 or 3 strictly beyond the same 2-sigma line, and all 3 strictly on
 *   that side of the mean (a point on the mean, or across it, breaks the window). Points beyond the process limit
 *   count, as in the Making Data Count tools since their November 2023 change (plotthedots still counts only points
 *   between the 2-sigma line and the limit). Only the points beyond the line are flagged, not the third point.
 */

export type SpecialCauseRule = 'outside-limits' | 'shift' | 'trend' | 'two-of-three';
export type Side = 'high' | 'low';
export type RuleHit = { rule: SpecialCauseRule; side: Side };

/** One occurrence of a rule: the points from `start` to `end` (indices, inclusive) that made it fire. */
export type SignalEpisode = { rule: SpecialCauseRule; side: Side; start: number; end: number };

export type SpecialCauses = {
  /** For each point, in order, the rules it is part of (empty: common cause). */
  hits: RuleHit[][];
  /** Every occurrence, in order of where it starts. */
  episodes: SignalEpisode[];
};

export type SpecialCauseOptions = { shiftLength?: number; trendLength?: number };

/** The order rules are listed in, for each point's hits. */
export const RULES: readonly SpecialCauseRule[] = ['outside-limits', 'shift', 'trend', 'two-of-three'];
export const DEFAULT_SHIFT_LENGTH = 7;
export const DEFAULT_TREND_LENGTH = 7;

export function detectSpecialCauses(values: readonly number[], limits: XmrLimits, options: SpecialCauseOptions = {}): SpecialCauses {
  const shiftLength = options.shiftLength ?? DEFAULT_SHIFT_LENGTH;
  const trendLength = options.trendLength ?? DEFAULT_TREND_LENGTH;
  const steps = values.slice(1).map((value, i) => sign(value - (values[i] ?? value)));
  const episodes: SignalEpisode[] = [
    ...findOutsideLimits(values, limits),
    ...findRuns(values.map((v) => sign(v - limits.mean)), shiftLength).map((run) => ({ rule: 'shift' as const, ...run })),
    // A trend of n points is n - 1 steps the same way; steps k..m join points k..m + 1.
    ...findRuns(steps, trendLength - 1).map((run) => ({ rule: 'trend' as const, ...run, end: run.end + 1 })),
    ...findTwoOfThree(values, limits),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const hits: RuleHit[][] = values.map(() => []);
  for (const episode of episodes) {
    for (let i = episode.start; i <= episode.end; i++) {
      if (episode.rule === 'two-of-three' && !isBeyondTwoSigma(values[i], limits, episode.side)) continue;
      const pointHits = hits[i];
      if (pointHits && !pointHits.some((h) => h.rule === episode.rule && h.side === episode.side))
        pointHits.push({ rule: episode.rule, side: episode.side });
    }
  }
  for (const pointHits of hits) pointHits.sort((a, b) => RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
  return { hits, episodes };
}

function findOutsideLimits(values: readonly number[], limits: XmrLimits): SignalEpisode[] {
  return values.flatMap((value, i): SignalEpisode[] => {
    if (value > limits.upperProcessLimit) return [{ rule: 'outside-limits', side: 'high', start: i, end: i }];
    if (value < limits.lowerProcessLimit) return [{ rule: 'outside-limits', side: 'low', start: i, end: i }];
    return [];
  });
}

/** Maximal runs of one non-zero sign, at least `length` long, as inclusive index ranges with their side. */
function findRuns(signs: readonly number[], length: number): { side: Side; start: number; end: number }[] {
  const runs: { side: Side; start: number; end: number }[] = [];
  let start = 0;
  for (let i = 1; i <= signs.length; i++) {
    if (i < signs.length && signs[i] === signs[start]) continue;
    const runSign = signs[start] ?? 0;
    if (runSign !== 0 && i - start >= length) runs.push({ side: runSign > 0 ? 'high' : 'low', start, end: i - 1 });
    start = i;
  }
  return runs;
}

/**
 * Windows of 3 with 2 or 3 points beyond one 2-sigma line and all 3 on that side of the mean. Overlapping windows on
 * one side join into one episode, spanning the flagged points.
 */
function findTwoOfThree(values: readonly number[], limits: XmrLimits): SignalEpisode[] {
  const episodes: SignalEpisode[] = [];
  for (const side of ['high', 'low'] as const) {
    let current: SignalEpisode | null = null;
    for (let i = 0; i + 2 < values.length; i++) {
      const window = [i, i + 1, i + 2];
      if (!window.every((j) => isOnSide(values[j], limits.mean, side))) continue;
      const beyond = window.filter((j) => isBeyondTwoSigma(values[j], limits, side));
      const first = beyond[0];
      const last = beyond.at(-1);
      if (beyond.length < 2 || first === undefined || last === undefined) continue;
      if (current && first <= current.end) current.end = Math.max(current.end, last);
      else {
        current = { rule: 'two-of-three', side, start: first, end: last };
        episodes.push(current);
      }
    }
  }
  return episodes;
}

function isBeyondTwoSigma(value: number | undefined, limits: XmrLimits, side: Side): boolean {
  if (value === undefined) return false;
  return side === 'high' ? value > limits.upperTwoSigma : value < limits.lowerTwoSigma;
}

/** Strictly on that side of the mean; a point on the mean (within the tolerance of `sign`) is on neither. */
function isOnSide(value: number | undefined, mean: number, side: Side): boolean {
  if (value === undefined) return false;
  return sign(value - mean) === (side === 'high' ? 1 : -1);
}

/** Sign with a tolerance for binary noise, so a point equal to the mean (50 vs 50.000000000001) counts as on it. */
function sign(difference: number): -1 | 0 | 1 {
  if (Math.abs(difference) < 1e-9) return 0;
  return difference > 0 ? 1 : -1;
}
