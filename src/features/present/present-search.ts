import { z } from '../../lib/zod';
import type { SlideBy } from './build-slides';
import { validatePackSearch, type PackSearch } from '../../url/pack-search';

/**
 * The presentation's own URL state, on top of the overview's filters: which slide, and slides per measure or section;
 * and a pack (its measures in order, its name, what "Since last meeting" compares with), which replaces the filters.
 */
export type PresentSearch = { slide?: number; by?: SlideBy; at?: string } & PackSearch;

const schema = z.object({
  slide: z.coerce.number().int().positive().optional().catch(undefined),
  by: z.enum(['measure', 'section']).optional().catch(undefined),
  at: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional().catch(undefined),
});

export function validatePresentSearch(raw: Record<string, unknown>): PresentSearch {
  const parsed = schema.parse(raw);
  const search: PresentSearch = validatePackSearch(raw);
  if (parsed.slide !== undefined) search.slide = parsed.slide;
  if (parsed.by === 'section') search.by = 'section';
  if (parsed.at) search.at = parsed.at;
  return search;
}

/** The presenter view's URL: the slides' own search, and which presentation it belongs to (presenter-channel.ts). */
export type PresenterSearch = { session?: string } & PackSearch;

const presenterSchema = z.object({ session: z.string().regex(/^[a-z0-9]{1,32}$/).optional().catch(undefined) });

export function validatePresenterSearch(raw: Record<string, unknown>): PresenterSearch {
  const { session } = presenterSchema.parse(raw);
  const search: PresenterSearch = validatePackSearch(raw);
  if (session) search.session = session;
  return search;
}
