import { ReferenceLine } from 'recharts';
import { CHART_COLOURS } from './chart-types';
import type { ChartEventMarker, EventView } from '../../presenters/event-views';

/** Room above the plot for the numbered badges. */
export const EVENT_BADGE_SPACE = 26;
const DASH = '5 3';

/**
 * Events as vertical markers with a numbered badge above the plot, returned as elements (recharts reads its
 * children's types, so these cannot sit inside a component of ours). `xOf` places a marker's key on the x axis;
 * `line: false` draws the badge alone.
 */
export function EventMarkers({ markers, xOf, line = true }: { markers: readonly ChartEventMarker[]; xOf: (key: string) => number | string | null; line?: boolean }) {
  return markers.flatMap((marker) => {
    const x = xOf(marker.key);
    if (x === null) return [];
    return [
      <ReferenceLine
        key={`event-${marker.key}`}
        className="chart-event"
        x={x}
        stroke={CHART_COLOURS.event}
        // On bars the badge alone marks the year: a line would cross the bar's own figure.
        strokeOpacity={line ? 1 : 0}
        strokeWidth={2}
        strokeDasharray={DASH}
        label={(props: { viewBox?: unknown }) => <EventBadge viewBox={props.viewBox} text={marker.label} />}
      />,
    ];
  });
}

function EventBadge({ viewBox, text }: { viewBox?: unknown; text: string }) {
  const box = viewBox as { x?: number; y?: number } | undefined;
  if (typeof box?.x !== 'number' || typeof box.y !== 'number') return null;
  const width = 10 + text.length * 7.5;
  return (
    <g className="chart-event-badge">
      <rect x={box.x - width / 2} y={box.y - EVENT_BADGE_SPACE + 2} width={width} height={20} rx={10} fill={CHART_COLOURS.event} />
      <text x={box.x} y={box.y - EVENT_BADGE_SPACE + 16.5} textAnchor="middle" fill="#ffffff" fontSize={13} fontWeight={700}>
        {text}
      </text>
    </g>
  );
}

/** The chart's key of events, as items of its legend list: the badge, then date and title. */
export function EventKeyItems({ events }: { events: readonly EventView[] }) {
  return events.map((event) => (
    <li key={event.number} className="chart-event-key flex items-center gap-2">
      <svg aria-hidden="true" width="28" height="20">
        <line x1="14" y1="0" x2="14" y2="20" stroke={CHART_COLOURS.event} strokeWidth="2" strokeDasharray={DASH} />
        <rect x="5" y="2" width="18" height="16" rx="8" fill={CHART_COLOURS.event} />
        <text x="14" y="14" textAnchor="middle" fill="#ffffff" fontSize="11" fontWeight="700">
          {event.number}
        </text>
      </svg>
      <span>
        <span className="sr-only">Event {event.number}: </span>
        {event.dateText}: {event.title}
      </span>
    </li>
  ));
}
