import { cleanCell, quoteCell, readDate, readPeriod, type CellResult } from './csv-cells';
import type { CellRef, IssueList } from './csv-issue';

/**
 * Event rows in the CSV long format (docs/csv-format.md, "Events"): a row whose `event_title` (or another event
 * column) is filled records what happened, instead of a figure. It concerns the ids in `event_concerns` (measures or
 * service areas of the file, told apart once every row is read), `dataset` for all, or else the row's own measure.
 */

export const EVENT_COLUMNS = ['event_date', 'event_title', 'event_text', 'event_concerns'] as const;

const WHOLE_DATASET = new Set(['dataset', 'all', 'whole dataset', 'everything']);

export type EventDraft = { row: number; date: string | null; title: string; text: string; concerns: 'dataset' | string[] };

export function isEventRow(cells: Map<string, string>): boolean {
  return EVENT_COLUMNS.some((column) => cleanCell(cells.get(column)) !== '');
}

/** One event row: an unreadable date or a missing scope is reported with its row and column, and reading carries on. */
export function readEventRow(row: number, cells: Map<string, string>, drafts: EventDraft[], issues: IssueList): void {
  const text = (column: string) => cleanCell(cells.get(column));
  const date = readEventDate(text('event_date'));
  if (!date.ok) issues.add(row, 'event_date', date.message);
  const scope = text('event_concerns');
  const ownMeasure = text('measure_id');
  let concerns: EventDraft['concerns'];
  if (WHOLE_DATASET.has(scope.toLowerCase())) concerns = 'dataset';
  else if (scope !== '') concerns = scope.split(/[\s;,]+/).filter(Boolean);
  else if (ownMeasure !== '') concerns = [ownMeasure];
  else {
    issues.add(row, 'event_concerns', 'say what the event concerns: measure or service area ids ("csc-022; front-door"), or "dataset" for all');
    return;
  }
  drafts.push({ row, date: date.ok ? date.value : null, title: text('event_title'), text: text('event_text'), concerns });
}

/** "2023-06", "Jun-23" or a day ("2023-06-14", "14/06/2023"): a day stays a day, anything else is read as a month. */
export function readEventDate(raw: string): CellResult<string> {
  const hint = 'write a month ("2023-06" or "Jun-23") or a day ("2023-06-14" or "14/06/2023")';
  if (raw === '') return { ok: false, message: `the event has no date: ${hint}` };
  if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(raw)) {
    const day = readDate(raw);
    return day.ok && day.value !== null ? { ok: true, value: day.value } : { ok: false, message: `${quoteCell(raw)} is not a real date: ${hint}` };
  }
  const period = readPeriod(raw);
  if (period.ok && period.value.kind === 'month') return { ok: true, value: period.value.month };
  return { ok: false, message: `${quoteCell(raw)} is not a month or a day: ${hint}` };
}

/** The events part, each id sorted into measures or service areas, with the cells each field came from. */
export function buildCsvEvents(
  drafts: EventDraft[],
  ids: { measures: Set<string>; areas: Set<string> },
  at: (path: string, ref: CellRef) => void,
  issues: IssueList,
): Record<string, unknown>[] | undefined {
  if (drafts.length === 0) return undefined;
  return drafts.map((draft, i) => {
    for (const [field, column] of [['', 'event_title'], ['.date', 'event_date'], ['.title', 'event_title'], ['.text', 'event_text'], ['.concerns', 'event_concerns']] as const)
      at(`events[${i}]${field}`, { row: draft.row, column });
    let concerns: unknown = draft.concerns;
    if (draft.concerns !== 'dataset') {
      const measures = draft.concerns.filter((id) => ids.measures.has(id));
      const serviceAreas = draft.concerns.filter((id) => !ids.measures.has(id) && ids.areas.has(id));
      for (const id of draft.concerns)
        if (!ids.measures.has(id) && !ids.areas.has(id)) issues.add(draft.row, 'event_concerns', `${quoteCell(id)} is neither a measure nor a service area of the file`);
      concerns = { ...(measures.length > 0 ? { measures } : {}), ...(serviceAreas.length > 0 ? { serviceAreas } : {}) };
    }
    return { date: draft.date, title: draft.title, text: draft.text, concerns };
  });
}
