import type { Dataset, Section, SummaryEntry, TextBlock } from './indicators';
import { decimalsFor } from './numbers';

/**
 * The Performance Summary paragraph about a section. Summary entries carry a service area and a topic
 * ("Re-Referrals", "Child Protection Conference timeliness") but no section, and an area usually has several.
 * Candidates are the area's entries sharing a word with the section's title or definition. They are ranked by:
 * 1. how many of the section's own figures the entry quotes: "Health and Dental Reviews" quotes the health
 *    assessment percentages, while "Initial Health Assessments" shares more words with "Children in Care: health
 *    assessments";
 * 2. the share of the topic's words in the section title, then how many ("Re-Referrals" over "Referrals" for
 *    "Referrals: re-referrals");
 * 3. the share of the topic's words in the title and definition together.
 * No shared word means no entry: another topic's paragraph would mislead more than none.
 */

const IGNORED_WORDS = new Set(['and', 'the', 'of', 'in', 'for', 'a', 'to', 'at', 'on', 'by', 'or']);

type Score = { entry: SummaryEntry; figures: number; titleShare: number; titleMatched: number; share: number };

export function findSummaryEntry(dataset: Pick<Dataset, 'summary' | 'measures'>, section: Section): SummaryEntry | null {
  const titleWords = new Set(wordsOf(section.title));
  const sectionWords = new Set([...titleWords, ...section.definition.flatMap((block) => wordsOf(textOf(block)))]);
  const figures = figuresOf(dataset, section.id);
  let best: Score | null = null;
  for (const entry of dataset.summary ?? []) {
    if (entry.serviceArea !== section.serviceArea) continue;
    const topicWords = wordsOf(entry.topic);
    const matched = topicWords.filter((word) => sectionWords.has(word)).length;
    if (matched === 0) continue;
    const titleMatched = topicWords.filter((word) => titleWords.has(word)).length;
    const score: Score = {
      entry,
      figures: countFigures(entry.text, figures),
      titleShare: titleMatched / topicWords.length,
      titleMatched,
      share: matched / topicWords.length,
    };
    if (!best || isBetter(score, best)) best = score;
  }
  return best?.entry ?? null;
}

function isBetter(a: Score, b: Score): boolean {
  for (const key of ['figures', 'titleShare', 'titleMatched', 'share'] as const) {
    if (a[key] !== b[key]) return a[key] > b[key];
  }
  return false;
}

/** Lower-case words without a plural "s", so "Conference" matches "Conferences" and "Plans" matches "Plan". */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !IGNORED_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

function textOf(block: TextBlock): string {
  return block.type === 'paragraph' ? block.text : block.items.join(' ');
}

/**
 * The section's figures as the report prints them ("79.2", "354"). Small whole numbers are left out: a "2" or a
 * "15" turns up in any paragraph.
 */
function figuresOf(dataset: Pick<Dataset, 'measures'>, sectionId: string): Set<string> {
  const figures = new Set<string>();
  for (const measure of dataset.measures) {
    if (measure.section !== sectionId) continue;
    for (const point of [...measure.monthly, ...measure.annual]) {
      if (point.value === null) continue;
      const decimals = decimalsFor(measure.unit);
      if (decimals === 0 && point.value < 100) continue;
      figures.add(point.value.toFixed(decimals));
    }
  }
  return figures;
}

function countFigures(text: string, figures: Set<string>): number {
  const quoted = text.match(/\d+(?:\.\d+)?/g) ?? [];
  return quoted.filter((number) => figures.has(number)).length;
}
