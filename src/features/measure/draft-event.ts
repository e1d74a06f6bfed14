import { eventSchema } from '../../data/contract/event-schema';
import { EVENT_COLUMNS } from '../../data/import/csv-events';
import type { DatasetEvent } from '../../domain/events';
import type { Measure } from '../../domain/indicators';
import { toCsv } from '../../lib/to-csv';

/** What the "Draft an event" form holds: text as typed, and whom the event concerns. */
export type EventDraftFields = { date: string; title: string; text: string; scope: 'measure' | 'service-area' | 'dataset' };

export type EventDraftField = 'date' | 'title' | 'text' | 'concerns';

export type EventDraftResult =
  | { ok: true; event: DatasetEvent; json: string; csv: string }
  | { ok: false; problems: { field: EventDraftField; message: string }[] };

const FIELD_LABELS: Record<EventDraftField, string> = { date: 'Date', title: 'Title', text: 'Text', concerns: 'Concerns' };

/**
 * A drafted event, checked with the contract's own schema so that what the form accepts the feed accepts too, and
 * written out as the JSON object for the feed's `events` and as the CSV heading and row for the import. The
 * dashboard keeps no store of its own: the analyst adds the copy to the feed. The copy holds the text as typed
 * (trimmed), not the schema's output, which wraps text in direction isolates for display.
 */
export function draftEvent(fields: EventDraftFields, measure: Pick<Measure, 'id' | 'serviceArea'>): EventDraftResult {
  const concerns: DatasetEvent['concerns'] =
    fields.scope === 'dataset' ? 'dataset' : fields.scope === 'service-area' ? { serviceAreas: [measure.serviceArea] } : { measures: [measure.id] };
  const candidate = { date: fields.date.trim(), title: fields.title.trim(), text: fields.text.trim(), concerns };
  const checked = eventSchema.safeParse(candidate);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => {
      const field = (issue.path[0] ?? 'concerns') as EventDraftField;
      // The contract's text messages already start with the field's name ("title must not be empty").
      const named = issue.message.startsWith(`${field} `);
      return { field, message: named ? `${FIELD_LABELS[field]}${issue.message.slice(field.length)}` : `${FIELD_LABELS[field]}: ${issue.message}` };
    });
    return { ok: false, problems };
  }
  const event: DatasetEvent = candidate;
  const scopeCell = concerns === 'dataset' ? 'dataset' : [...(concerns.measures ?? []), ...(concerns.serviceAreas ?? [])].join('; ');
  const csv = toCsv(EVENT_COLUMNS, [[event.date, event.title, event.text, scopeCell]]).replace(/^\uFEFF/, '');
  return { ok: true, event, json: JSON.stringify(event, null, 2), csv };
}
