import { cx } from '../lib/cx';
import type { EventView } from '../presenters/event-views';

export type EventsListProps = { events: readonly EventView[]; size?: 'page' | 'slide'; showScope?: boolean };

/**
 * What happened, numbered as the markers on the charts: date, title, text and whom it concerns. Real text, so it is
 * read, printed and copied with the page; the charts' markers only point at it.
 */
export function EventsList({ events, size = 'page', showScope = true }: EventsListProps) {
  const slide = size === 'slide';
  return (
    <ol className={cx('flex flex-col', slide ? 'slide-gap-12 slide-text-28' : 'gap-3')}>
      {events.map((event) => (
        <li key={event.number} className="flex gap-3">
          <span
            aria-hidden="true"
            className={cx('mt-0.5 flex shrink-0 items-center justify-center rounded-full bg-teal-700 font-bold text-white', slide ? 'slide-size-40 slide-text-24' : 'size-6 text-sm')}
          >
            {event.number}
          </span>
          <div className="min-w-0">
            <p>
              <span className="sr-only">Event {event.number}: </span>
              <span className="font-semibold">{event.title}</span> <span className="text-slate-700">({event.dateText})</span>
            </p>
            {!slide && <p className="mt-0.5 leading-relaxed">{event.text}</p>}
            {showScope && !slide && <p className="mt-0.5 text-sm text-slate-700">Concerns: {event.scopeText}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
