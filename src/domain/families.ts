import type { Measure } from './indicators';

/**
 * Indicator families: the report prints one indicator several ways (CSC 040 in the month and CSC 038 year to date,
 * a count beside its rate, an "of which" count beside its whole). A family is every measure joined by the
 * contract's links (`yearToDateOf`, `cumulativeOf`, `rateOf`, `partOf`); its head is the member the others
 * link to, and its year-to-date member is the one that gives the family's year figure.
 */

export type FamilyRole = 'head' | 'year-to-date' | 'rate' | 'part';

export type FamilyMember = { measure: Measure; role: FamilyRole };

export type Family = {
  /** The head's id. */
  id: string;
  head: Measure;
  /** Head first, then the others in the data's order. */
  members: FamilyMember[];
  /** The reliable year-to-date version of the head, which gives the family's year figure; null without one. */
  yearToDate: Measure | null;
  /** A year-to-date version that exists but is marked unreliable, so the family has no year figure from it. */
  unreliableYearToDate: Measure | null;
};

/** The link a measure's family is built from: the first of these it has. */
export function familyLinkOf(measure: Measure): { to: string; role: Exclude<FamilyRole, 'head'> } | null {
  if (measure.yearToDateOf) return { to: measure.yearToDateOf, role: 'year-to-date' };
  if (measure.cumulativeOf) return { to: measure.cumulativeOf, role: 'year-to-date' };
  if (measure.rateOf) return { to: measure.rateOf, role: 'rate' };
  if (measure.partOf) return { to: measure.partOf, role: 'part' };
  return null;
}

/** Every family of two or more measures, by member id; a measure on its own has none. */
export function findFamilies(measures: readonly Measure[]): Map<string, Family> {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const headOf = (measure: Measure): Measure => {
    const seen = new Set<string>();
    let current = measure;
    for (;;) {
      seen.add(current.id);
      const link = familyLinkOf(current);
      const next = link ? byId.get(link.to) : undefined;
      // A loop is refused by the contract; stopping here keeps the domain safe on data that skipped it.
      if (!next || seen.has(next.id)) return current;
      current = next;
    }
  };
  const membersByHead = new Map<string, Measure[]>();
  for (const measure of measures) {
    const head = headOf(measure);
    const list = membersByHead.get(head.id);
    if (list) list.push(measure);
    else membersByHead.set(head.id, [measure]);
  }
  const families = new Map<string, Family>();
  for (const [headId, list] of membersByHead) {
    const head = byId.get(headId);
    if (!head || list.length < 2) continue;
    const family = buildFamily(head, list);
    for (const member of list) families.set(member.id, family);
  }
  return families;
}

function buildFamily(head: Measure, list: Measure[]): Family {
  const members: FamilyMember[] = [
    { measure: head, role: 'head' },
    ...list.filter((m) => m !== head).map((m) => ({ measure: m, role: familyLinkOf(m)?.role ?? 'part' })),
  ];
  const versions = list.filter((m) => m !== head && m.basis === 'year-to-date' && familyLinkOf(m)?.role === 'year-to-date' && familyLinkOf(m)?.to === head.id);
  const yearToDate = head.basis === 'month' ? (versions.find((m) => !m.unreliable) ?? null) : null;
  const unreliableYearToDate = yearToDate ? null : (versions.find((m) => m.unreliable) ?? null);
  return { id: head.id, head, members, yearToDate, unreliableYearToDate };
}
