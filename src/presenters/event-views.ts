import { formatMonth } from '../domain/calendar';
import type { DatasetEvent } from '../domain/events';
import type { Measure } from '../domain/indicators';
import { financialYearOfMonth } from '../domain/period';
import type { MeasureEvent } from '../domain/select-measure-events';

/** A numbered marker on a chart at one x key (a month or a year); events falling at one key share a marker ("1, 2"). */
export type ChartEventMarker = { key: string; label: string };

/** One entry of a chart's key or a page's list of events, finished for the components. */
export type EventView = {
  /** The marker's number on every chart of the measure. */
  number: number;
  /** "Jun 2023" or "14 Jun 2023". */
  dateText: string;
  title: string;
  text: string;
  /** Whom it concerns, in words: "This measure", "Front door and early help (service area)", "Every measure". */
  scopeText: string;
};

/** What the charts of one measure draw of its events: the markers at their x keys, and the key below the chart. */
export type ChartEventsView = { markers: ChartEventMarker[]; key: EventView[] };

const DAY = /^(\d{4}-\d{2})-(\d{2})$/;

export function formatEventDate(date: string): string {
  const day = DAY.exec(date);
  return day ? `${Number(day[2])} ${formatMonth(day[1] ?? '')}` : formatMonth(date);
}

export function describeEventScope(event: DatasetEvent, measure: Pick<Measure, 'id'>, areaName: (id: string) => string): string {
  const { concerns } = event;
  if (concerns === 'dataset') return 'Every measure';
  const parts = [
    ...((concerns.measures ?? []).includes(measure.id) ? ['This measure'] : []),
    ...(concerns.measures ?? []).filter((id) => id !== measure.id),
    ...(concerns.serviceAreas ?? []).map((id) => `${areaName(id)} (service area)`),
  ];
  return parts.join(', ');
}

export function buildEventViews(events: readonly MeasureEvent[], measure: Pick<Measure, 'id'>, areaName: (id: string) => string = (id) => id): EventView[] {
  return events.map(({ event, number }) => ({
    number,
    dateText: formatEventDate(event.date),
    title: event.title,
    text: event.text,
    scopeText: describeEventScope(event, measure, areaName),
  }));
}

/** Markers by month (monthly and SPC charts) or by financial year (`byYear`, the annual chart). */
export function buildChartEvents(events: readonly MeasureEvent[], measure: Pick<Measure, 'id'>, options: { byYear?: boolean } = {}): ChartEventsView {
  const keyOf = (month: string) => (options.byYear ? financialYearOfMonth(month) : month);
  const byKey = new Map<string, number[]>();
  for (const { month, number } of events) byKey.set(keyOf(month), [...(byKey.get(keyOf(month)) ?? []), number]);
  return {
    markers: [...byKey].map(([key, numbers]) => ({ key, label: numbers.join(', ') })),
    key: buildEventViews(events, measure),
  };
}

/** The table alternative's cell for a row: "1. New front-door process; 2. Staffing gap", or empty. */
export function eventCellText(events: readonly MeasureEvent[], key: string, options: { byYear?: boolean } = {}): string {
  const keyOf = (month: string) => (options.byYear ? financialYearOfMonth(month) : month);
  return events
    .filter(({ month }) => keyOf(month) === key)
    .map(({ number, event }) => `${number}. ${event.title} (${formatEventDate(event.date)})`)
    .join('; ');
}
