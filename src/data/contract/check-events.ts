/**
 * The events' cross-field rule (issue 20): each measure and service area an event names exists in the file, so an
 * event meant for a chart never silently concerns none. Malformed values are skipped: the schema names those.
 */
type Report = (path: (string | number)[], message: string) => void;

export function checkEvents(events: unknown, ids: { measures: Set<string>; areas: Set<string> }, report: Report): void {
  if (!Array.isArray(events)) return;
  events.forEach((event: unknown, i) => {
    const concerns = isRecord(event) && isRecord(event.concerns) ? event.concerns : null;
    if (!concerns) return;
    const check = (field: 'measures' | 'serviceAreas', known: Set<string>, what: string) => {
      const list = concerns[field];
      if (!Array.isArray(list)) return;
      list.forEach((id: unknown, j) => {
        if (typeof id === 'string' && !known.has(id)) report(['events', i, 'concerns', field, j], `unknown ${what} "${id}"`);
      });
    };
    check('measures', ids.measures, 'measure');
    check('serviceAreas', ids.areas, 'service area');
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
