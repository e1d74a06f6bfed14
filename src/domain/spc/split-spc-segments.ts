import type { SpcRebase, SpcSettings } from '../indicators';
import type { SpcPoint } from './collect-spc-series';

/**
 * Splits an SPC series at its rebases: each rebase starts a segment at the first month with a figure on or after the
 * rebase month, and each segment gets its own mean and limits. Rebases are never found automatically: the reason for
 * a change must be understood first (the measure's `spc.rebases`, each with its reason). A rebase after the last point
 * (a past period judged as it stood) or one that would leave an empty segment is not applied.
 *
 * The first segment's limits may be fixed on a baseline, its first `baseline.points` points, as in the Making Data
 * Count tools; a rebase starts afresh, on every point of the new segment.
 */

export type SpcSegmentSpan = {
  /** Indices into the series, inclusive. */
  start: number;
  end: number;
  /** The rebase that starts this segment; null for the first. */
  rebase: SpcRebase | null;
  /** How many of the segment's first points the limits are computed from. */
  limitPoints: number;
  /** True when the limits come from a fixed baseline rather than every point of the segment. */
  fixedBaseline: boolean;
};

export function splitSpcSegments(points: readonly SpcPoint[], settings: SpcSettings | undefined): SpcSegmentSpan[] {
  if (points.length === 0) return [];
  const starts: { start: number; rebase: SpcRebase | null }[] = [{ start: 0, rebase: null }];
  for (const rebase of [...(settings?.rebases ?? [])].sort((a, b) => a.month.localeCompare(b.month))) {
    const start = points.findIndex((p) => p.month >= rebase.month);
    const previous = starts.at(-1)?.start ?? 0;
    if (start > previous) starts.push({ start, rebase });
  }
  return starts.map(({ start, rebase }, i) => {
    const end = (starts[i + 1]?.start ?? points.length) - 1;
    const length = end - start + 1;
    const baseline = i === 0 ? settings?.baseline?.points : undefined;
    const fixedBaseline = baseline !== undefined && baseline < length;
    return { start, end, rebase, limitPoints: fixedBaseline ? baseline : length, fixedBaseline };
  });
}
