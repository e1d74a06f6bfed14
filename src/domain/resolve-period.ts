import type { Dataset } from './indicators';
import { defaultPeriod, listAvailablePeriods, parsePeriodKey, type Period } from './period';

export type ResolvedPeriod = {
  period: Period | null;
  /** The key from the link when it could not be used, so the screen can say so rather than silently change it. */
  ignoredKey: string | null;
};

/** The period to show: the one in the link if the data has it, otherwise the latest reported month. */
export function resolvePeriod(dataset: Pick<Dataset, 'measures'>, key: string | undefined): ResolvedPeriod {
  if (key) {
    const requested = parsePeriodKey(key);
    if (requested && listAvailablePeriods(dataset).some((p) => p.key === requested.key)) return { period: requested, ignoredKey: null };
    return { period: defaultPeriod(dataset), ignoredKey: key };
  }
  return { period: defaultPeriod(dataset), ignoredKey: null };
}
