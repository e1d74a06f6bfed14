import { z } from '../lib/zod';

/**
 * A meeting pack lives in the URL, so its link can go in the agenda: `?pack=csc-022,csc-228,csc-040&name=Week%2012`.
 * The measures are in the order the slides follow. `since` chooses the opening "Since last meeting" slide: the
 * period before (the default for a pack), `off`, a version of the data this browser keeps (its id), or `file`.
 * Anything malformed is dropped, as for the filters, so a hand-edited link still opens.
 */
export type SinceChoice = 'previous' | 'off' | 'file' | `version:${string}`;

export type PackSearch = { pack?: string[]; name?: string; since?: SinceChoice };

export const MAX_PACK_MEASURES = 200;
export const MAX_PACK_NAME = 80;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Version ids are made by the versions store: "feed-2023-10-03T09:00:00.000Z-1a2b3c4d".
const SINCE = /^(previous|off|file|version:(import|feed)-[0-9TZ:.-]+-[0-9a-f]{1,16})$/;

const schema = z.object({
  pack: z
    .string()
    .transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter((id) => SLUG.test(id)))].slice(0, MAX_PACK_MEASURES))
    .optional()
    .catch(undefined),
  name: z.string().transform((value) => value.trim().slice(0, MAX_PACK_NAME)).optional().catch(undefined),
  since: z.string().regex(SINCE).optional().catch(undefined),
});

export function validatePackSearch(raw: Record<string, unknown>): PackSearch {
  const parsed = schema.parse({ pack: asText(raw.pack), name: asText(raw.name), since: asText(raw.since) });
  const search: PackSearch = {};
  if (parsed.pack?.length) search.pack = parsed.pack;
  if (parsed.name) search.name = parsed.name;
  if (parsed.since) search.since = parsed.since as SinceChoice;
  return search;
}

/** The router may hand a list back as an array (a typed navigation) or as the text of the address. */
function asText(value: unknown): unknown {
  return Array.isArray(value) ? value.join(',') : value;
}

/** Whether the presentation opens with "Since last meeting", and against what: on by default for a pack only. */
export function sinceOf(search: PackSearch): Exclude<SinceChoice, 'off'> | null {
  if (search.since === 'off') return null;
  return search.since ?? (search.pack ? 'previous' : null);
}
