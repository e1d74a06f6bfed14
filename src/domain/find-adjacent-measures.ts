/**
 * Previous and next in an ordered list of measures (the overview's order after its filters), for paging through
 * measures in a meeting. No wrap-around: reaching the end should be noticed, not silently start again.
 */

export type AdjacentMeasures<T> = {
  previous: T | null;
  next: T | null;
  /** 1-based place of the current measure; null when it is not in the list. */
  position: number | null;
  total: number;
};

export function findAdjacentMeasures<T extends { id: string }>(ordered: readonly T[], currentId: string): AdjacentMeasures<T> {
  const index = ordered.findIndex((item) => item.id === currentId);
  if (index === -1) return { previous: null, next: null, position: null, total: ordered.length };
  return {
    previous: ordered[index - 1] ?? null,
    next: ordered[index + 1] ?? null,
    position: index + 1,
    total: ordered.length,
  };
}
