import { z } from '../lib/zod';
import type { Status } from '../domain/evaluate-status';
import type { MeasureFilter } from '../domain/filter-measures';

/**
 * What the user is looking at lives in the URL: `?area=a,b&period=2023-09&status=off,near&q=text&data=url`.
 * Lists are comma-separated so links stay readable when pasted into a meeting agenda.
 * Anything malformed is dropped rather than rejected, so an old or hand-edited link still opens.
 */
export const STATUS_FILTERS = ['on', 'near', 'off', 'none', 'nodata'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export type DashboardSearch = {
  area?: string[];
  period?: string;
  status?: StatusFilter[];
  q?: string;
  data?: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PERIOD_KEY = /^\d{4}-(\d{2}|\d{2}-Q[1-4])$/;

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((item) => item.trim()).filter(Boolean));

const searchSchema = z.object({
  area: list.transform((items) => unique(items.filter((item) => SLUG.test(item)))).optional().catch(undefined),
  period: z.string().regex(PERIOD_KEY).optional().catch(undefined),
  status: list
    .transform((items) => unique(items.filter((item): item is StatusFilter => (STATUS_FILTERS as readonly string[]).includes(item))))
    .optional()
    .catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  data: z.string().max(2000).optional().catch(undefined),
});

export function validateDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  const parsed = searchSchema.parse(raw);
  const search: DashboardSearch = {};
  if (parsed.area?.length) search.area = parsed.area;
  if (parsed.period) search.period = parsed.period;
  if (parsed.status?.length) search.status = parsed.status;
  if (parsed.q?.trim()) search.q = parsed.q;
  if (parsed.data) search.data = parsed.data;
  return search;
}

/** Every value stays a string: the router's default JSON parsing would turn `?q=022` or `?period=2023` into numbers. */
export function parseSearchString(searchString: string): Record<string, unknown> {
  const params = new URLSearchParams(searchString.startsWith('?') ? searchString.slice(1) : searchString);
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of params) result[key] = value;
  return result;
}

export function stringifySearchObject(search: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    const text = Array.isArray(value) ? value.join(',') : value == null ? '' : String(value);
    if (text === '') continue;
    // Commas are legal in a query string and keep `area=a,b` readable.
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replaceAll('%2C', ',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** URL words for statuses, kept short so links stay readable. */
export const STATUS_OF_FILTER: Record<StatusFilter, Status> = {
  on: 'on-target',
  near: 'near-target',
  off: 'off-target',
  none: 'no-target',
  nodata: 'no-data',
};

/** The URL's area, status and search filters as the domain's filter; empty lists mean "all". */
export function filterFromSearch(search: DashboardSearch): MeasureFilter {
  return { areas: search.area ?? [], statuses: (search.status ?? []).map((s) => STATUS_OF_FILTER[s]), query: search.q ?? '' };
}

export function hasActiveFilter(filter: MeasureFilter): boolean {
  return filter.areas.length > 0 || filter.statuses.length > 0 || filter.query.trim() !== '';
}
