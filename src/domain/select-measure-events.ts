import type { DatasetEvent } from './events';
import type { Measure } from './indicators';

/** An event as one measure's charts show it: its month, and its number in the measure's list (the markers' label). */
export type MeasureEvent = { event: DatasetEvent; month: string; number: number };

/** Whether an event concerns the measure: named itself, through its service area, or the whole dataset. */
export function concernsMeasure(event: DatasetEvent, measure: Pick<Measure, 'id' | 'serviceArea'>): boolean {
  const { concerns } = event;
  if (concerns === 'dataset') return true;
  return (concerns.measures ?? []).includes(measure.id) || (concerns.serviceAreas ?? []).includes(measure.serviceArea);
}

/**
 * The events that concern a measure, oldest first, numbered once over all of them so that a marker keeps its number
 * on every chart of the page; `months` (optional, any order) keeps those that fall in the charted months' span.
 */
export function selectMeasureEvents(
  events: readonly DatasetEvent[] | undefined,
  measure: Pick<Measure, 'id' | 'serviceArea'>,
  months?: readonly string[],
): MeasureEvent[] {
  const numbered = (events ?? [])
    .filter((event) => concernsMeasure(event, measure))
    .map((event) => ({ event, month: event.date.slice(0, 7) }))
    // Stable: events of one date keep the file's order.
    .sort((a, b) => a.event.date.localeCompare(b.event.date))
    .map((entry, i) => ({ ...entry, number: i + 1 }));
  if (!months || months.length === 0) return months ? [] : numbered;
  const sorted = [...months].sort();
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? '';
  return numbered.filter(({ month }) => month >= first && month <= last);
}
