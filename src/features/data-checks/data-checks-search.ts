import { DATA_CHECK_KINDS } from '../../checks/data-check-kinds';
import type { KindFilter } from './build-data-checks-view';

/** `?kind=month-gap` keeps the chosen kind of finding in a link an analyst can send; anything else shows all. */
export function validateDataChecksSearch(raw: Record<string, unknown>): { kind?: KindFilter } {
  const kind = raw.kind;
  return typeof kind === 'string' && DATA_CHECK_KINDS.some((k) => k.kind === kind) ? { kind: kind as KindFilter } : {};
}
