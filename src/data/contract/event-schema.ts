import { z } from '../../lib/zod';
import type { DatasetEvent, EventConcerns } from '../../domain/events';
import { dataText } from './data-text';

/**
 * The optional `events` part of data contract v1 (issue 20): what happened that explains a change, drawn on the
 * charts of the measures it concerns. A file without it is as valid as before. That the measures and service areas
 * it names exist is a cross-field rule (check-events.ts). The import's draft form checks a drafted event with this
 * same schema, so the dashboard and the contract never disagree on what an event may be.
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONTH_OR_DAY = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;

/** Short enough for a chart's key and a slide. */
export const MAX_EVENT_TITLE_LENGTH = 80;
/** A few sentences: an event explains a change, the analysis says the rest. */
export const MAX_EVENT_TEXT_LENGTH = 2000;

const slug = z.string().regex(SLUG_PATTERN, 'must be an id: lower-case letters, digits and single hyphens (e.g. "csc-022")');

export const eventDateSchema = z
  .string()
  .refine(isMonthOrDay, 'must be a month like "2023-06" or a day like "2023-06-14"');

const concernsListSchema = z
  .object({
    measures: z.array(slug).optional(),
    serviceAreas: z.array(slug).optional(),
  })
  .refine((c) => (c.measures?.length ?? 0) + (c.serviceAreas?.length ?? 0) > 0, {
    message: 'name at least one measure or service area, or write "dataset" for the whole dataset',
  });

export const eventConcernsSchema = z.union([z.literal('dataset'), concernsListSchema], {
  error: 'must be "dataset" or an object listing "measures" and/or "serviceAreas" by id',
}) satisfies z.ZodType<EventConcerns>;

export const eventSchema = z.object({
  date: eventDateSchema,
  title: dataText('title', MAX_EVENT_TITLE_LENGTH),
  text: dataText('text', MAX_EVENT_TEXT_LENGTH),
  concerns: eventConcernsSchema,
}) satisfies z.ZodType<DatasetEvent>;

function isMonthOrDay(value: string): boolean {
  const match = MONTH_OR_DAY.exec(value);
  if (!match) return false;
  if (match[3] === undefined) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
