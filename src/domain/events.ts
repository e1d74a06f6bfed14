/**
 * Events in data contract v1 (issue 20): what happened that explains a change in the figures, written by the
 * analysts in the feed or the CSV import and drawn on every chart it concerns. Kept apart from indicators.ts, as the
 * other optional parts are; the zod schema (src/data/contract/event-schema.ts) `satisfies` these types.
 */

/** Whom an event concerns: the whole dataset, or listed measures and service areas (a measure by id or by its area). */
export type EventConcerns = 'dataset' | { measures?: string[] | undefined; serviceAreas?: string[] | undefined };

export type DatasetEvent = {
  /** The month ("2023-06") or the day ("2023-06-14") it happened; charts place it in its month. */
  date: string;
  /** Short, for a chart's key: "New front-door process". */
  title: string;
  /** What happened and why it matters to the figures. */
  text: string;
  concerns: EventConcerns;
};
