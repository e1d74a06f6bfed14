import type { PeriodModel } from './dataset-model';
import type { FamilyHeadline } from './family-headline';

/**
 * A meeting pack: measure ids in the order the meeting takes them. A family shares one tile and one slide, so a
 * member's id stands for its family's slide, and a family is taken once, where it first comes.
 */

/** The pack's slides' headlines, in the pack's order; ids the data does not have are left out. */
export function resolvePackHeadlines(periodModel: PeriodModel, ids: readonly string[]): FamilyHeadline[] {
  const seen = new Set<string>();
  const headlines: FamilyHeadline[] = [];
  for (const id of ids) {
    const headline = periodModel.headlineOf(id);
    if (!headline || seen.has(headline.id)) continue;
    seen.add(headline.id);
    headlines.push(headline);
  }
  return headlines;
}

/** The pack with one entry moved to another place (a drag, or up and down by one); out-of-range moves change nothing. */
export function movePackItem(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** Adds a measure at the end, unless it (or its family, by the same headline) is in already. */
export function addToPack(ids: readonly string[], id: string, headlineOf: (id: string) => { id: string } | undefined = () => undefined): string[] {
  const key = headlineOf(id)?.id ?? id;
  if (ids.some((other) => (headlineOf(other)?.id ?? other) === key)) return [...ids];
  return [...ids, id];
}

export function removeFromPack(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
