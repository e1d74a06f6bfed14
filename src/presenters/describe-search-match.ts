import type { FamilyHeadline } from '../domain/family-headline';
import type { MeasureMatch, SearchField } from '../domain/search-measures';
import { measureShortName } from './labels';

const FIELD_WORDS: Record<SearchField, string> = {
  code: 'code',
  title: 'title',
  section: 'section title',
  area: 'service area',
  definition: 'definition',
  notes: 'notes',
};

/**
 * Why a tile is in the results, in the words found: "Matched in section title: timeliness". A family's tile names
 * the member that matched when it is not the one whose figure the tile shows ("CSC 038 matched in title: ...").
 */
export function describeSearchMatch(match: MeasureMatch, headline: FamilyHeadline): string {
  const parts = match.reasons.map(({ field, words }) => `${FIELD_WORDS[field]}: ${words.join(', ')}`);
  const member = headline.members.find((m) => m.measure.id === match.measureId)?.measure;
  const who = member && member !== headline.summary.measure ? `${measureShortName(member)} matched` : 'Matched';
  return `${who} in ${parts.join('; ')}`;
}
