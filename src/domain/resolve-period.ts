import { defaultPeriod, parsePeriodKey, type Period } from './period';

export type ResolvedPeriod = {
  period: Period | null;
  /** The key from the link when it could not be used, so the screen can say so rather than silently change it. */
  ignoredKey: string | null;
};

/** The period to show, from the periods the data has: the one in the link if there, otherwise the default one. */
export function resolvePeriod(periods: readonly Period[], key: string | undefined): ResolvedPeriod {
  if (key) {
    const requested = parsePeriodKey(key);
    if (requested && periods.some((p) => p.key === requested.key)) return { period: requested, ignoredKey: null };
    return { period: defaultPeriod(periods), ignoredKey: key };
  }
  return { period: defaultPeriod(periods), ignoredKey: null };
}
