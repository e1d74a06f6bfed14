import type { Dataset, Measure, TextBlock } from './indicators';
import { matchesQuery } from './filter-measures';

/**
 * Search as a manager types it: every word must be found somewhere about the measure (its code, title, section
 * title, service area, definition or notes), in any order, allowing a word still being typed (a prefix), plain
 * word endings ("assessment" finds "assessments", "stability" finds "stable") and one slip of the keyboard
 * ("timelyness"). Each result says where it was found, so a match on a definition is not a mystery.
 *
 * The index is built once per dataset; a keystroke then looks each typed word up in the vocabulary (a few thousand
 * words even for 2,000 measures) and adds up scores through the inverted index, never re-reading the text.
 */

export const SEARCH_FIELDS = ['code', 'title', 'section', 'area', 'definition', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Where a title hit outranks a definition hit: the nearer the words are to what the measure is, the better. */
const FIELD_WEIGHT: Record<SearchField, number> = { code: 10, title: 8, section: 6, area: 4, definition: 2, notes: 1 };
const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
/** A code or title that holds the query as typed ("022", "re-ref", "csc252a") stays first whatever else matches. */
const WHOLE_QUERY_BONUS = 100;

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'by', 'with', 'at', 'or', 'is', 'are']);

export type SearchReason = { field: SearchField; words: string[] };
export type MeasureMatch = { measureId: string; score: number; reasons: SearchReason[] };

type Token = [key: string, original: string];
type Posting = { doc: number; field: number };
export type SearchIndex = {
  measures: readonly Measure[];
  /** Each word of the text, in its searched form, with where it occurs. */
  postings: Map<string, Posting[]>;
  /** The word as it first appeared in the text, to show in the reason. */
  shown: Map<string, string>;
};

const indexes = new WeakMap<Pick<Dataset, 'measures'>, SearchIndex>();

/** The dataset's index, built on first use and kept for as long as the dataset lives (a dataset never changes). */
export function indexMeasures(dataset: Pick<Dataset, 'measures' | 'sections' | 'serviceAreas'>): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

function buildIndex(dataset: Pick<Dataset, 'measures' | 'sections' | 'serviceAreas'>): SearchIndex {
  const sections = new Map(dataset.sections.map((s) => [s.id, s]));
  const areas = new Map(dataset.serviceAreas.map((a) => [a.id, a.name]));
  const postings = new Map<string, Posting[]>();
  const shown = new Map<string, string>();
  // Sections are shared by many measures: read each section's text once.
  const sectionWords = new Map<string, { title: Token[]; definition: Token[] }>();
  dataset.measures.forEach((measure, doc) => {
    const section = sections.get(measure.section);
    let words = sectionWords.get(measure.section);
    if (!words) {
      words = { title: tokenise(section?.title ?? ''), definition: tokenise(blocksText(section?.definition ?? [])) };
      sectionWords.set(measure.section, words);
    }
    const fields: Record<SearchField, Token[]> = {
      code: tokenise(measure.code ?? ''),
      title: tokenise(measure.title),
      section: words.title,
      area: tokenise(areas.get(measure.serviceArea) ?? ''),
      definition: words.definition,
      notes: tokenise((measure.notes ?? []).join(' ')),
    };
    SEARCH_FIELDS.forEach((name, field) => {
      const seen = new Set<string>();
      for (const [key, original] of fields[name]) {
        if (seen.has(key)) continue;
        seen.add(key);
        if (!shown.has(key)) shown.set(key, original);
        const list = postings.get(key);
        if (list) list.push({ doc, field });
        else postings.set(key, [{ doc, field }]);
      }
    });
  });
  return { measures: dataset.measures, postings, shown };
}

/**
 * The measures matching every typed word, best first (ties in the data's order), each with its score and reasons.
 * An empty query matches nothing: the caller shows everything in its usual grouping instead.
 */
export function searchMeasures(index: SearchIndex, query: string): MeasureMatch[] {
  const typed = tokenise(query).map(([key]) => key);
  const meaningful = typed.filter((word) => !STOP_WORDS.has(word));
  const words = meaningful.length > 0 ? meaningful : typed;
  if (words.length === 0) return [];
  const count = index.measures.length;
  const total = new Float64Array(count);
  const matchedWords = new Uint16Array(count);
  // Per document, per typed word: the best field and the text's word there (for the reason).
  const best: Map<number, { field: number; key: string }[]> = new Map();

  words.forEach((word, w) => {
    const wordBest = new Float64Array(count);
    for (const [key, quality] of vocabularyMatches(index, word, w === words.length - 1)) {
      for (const { doc, field } of index.postings.get(key) ?? []) {
        const score = FIELD_WEIGHT[SEARCH_FIELDS[field]!] * quality;
        if (score <= wordBest[doc]!) continue;
        wordBest[doc] = score;
        let perWord = best.get(doc);
        if (!perWord) best.set(doc, (perWord = []));
        perWord[w] = { field, key };
      }
    }
    for (let doc = 0; doc < count; doc++) {
      if (wordBest[doc]! > 0) {
        total[doc]! += wordBest[doc]!;
        matchedWords[doc]! += 1;
      }
    }
  });

  const matches: MeasureMatch[] = [];
  index.measures.forEach((measure, doc) => {
    const whole = matchesQuery(measure, query);
    const allWords = matchedWords[doc] === words.length;
    if (!whole && !allWords) return;
    const reasons = allWords ? describeReasons(index, best.get(doc) ?? []) : [];
    const score = (whole ? WHOLE_QUERY_BONUS : 0) + (allWords ? total[doc]! : 0);
    const asTyped: SearchReason = { field: matchesQuery({ ...measure, title: '' }, query) ? 'code' : 'title', words: [query.trim()] };
    matches.push({ measureId: measure.id, score, reasons: reasons.length ? reasons : [asTyped] });
  });
  return matches.map((match, i) => ({ match, i })).sort((a, b) => b.match.score - a.match.score || a.i - b.i).map(({ match }) => match);
}

/** Words of the text a typed word stands for, with how well: itself, a word it begins, or one slip away. */
function vocabularyMatches(index: SearchIndex, word: string, last: boolean): [string, number][] {
  const found: [string, number][] = [];
  for (const key of index.postings.keys()) {
    if (key === word) found.push([key, EXACT]);
    // A short word is a prefix of too much ("in", "re") unless it is the word being typed.
    else if ((word.length >= 3 || last) && key.startsWith(word)) found.push([key, PREFIX]);
  }
  // Slips are looked for only when the word is not in the text at all: "stable" is also one letter from "table".
  if (found.length > 0) return found;
  const slips = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (slips === 0) return found;
  for (const key of index.postings.keys()) {
    if (Math.abs(key.length - word.length) <= slips && withinEdits(key, word, slips)) found.push([key, TYPO]);
  }
  return found;
}

function describeReasons(index: SearchIndex, perWord: { field: number; key: string }[]): SearchReason[] {
  const byField = new Map<number, string[]>();
  for (const hit of perWord) {
    if (!hit) continue;
    const words = byField.get(hit.field) ?? [];
    const shown = index.shown.get(hit.key) ?? hit.key;
    if (!words.includes(shown)) words.push(shown);
    byField.set(hit.field, words);
  }
  return [...byField].sort(([a], [b]) => a - b).map(([field, words]) => ({ field: SEARCH_FIELDS[field]!, words }));
}

/**
 * Text as searched words: lower case, punctuation inside a word dropped ("re-referrals", "C&F"), word endings
 * reduced so forms of one word meet. Each comes with the word as written, for the reason.
 */
export function tokenise(text: string): Token[] {
  const result: Token[] = [];
  for (const raw of text.toLowerCase().split(/[\s/(),.:;!?"“”]+/)) {
    const original = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const squashed = original.replace(/[^\p{L}\p{N}]/gu, '');
    if (squashed) result.push([stemWord(squashed), original]);
  }
  return result;
}

/** A deliberately small stemmer: plurals and the few endings managers' words take in these reports. */
export function stemWord(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('bility')) return `${word.slice(0, -6)}ble`;
  if (word.endsWith('iness')) return `${word.slice(0, -5)}y`;
  if (word.endsWith('ness')) return word.slice(0, -4);
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Whether two words are at most `limit` single-letter edits apart (insert, delete, change, swap neighbours). */
export function withinEdits(a: string, b: string, limit: number): boolean {
  const rows = b.length + 1;
  let before = new Array<number>(rows).fill(0);
  let previous = Array.from({ length: rows }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(rows).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < rows; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

function blocksText(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => (block.type === 'list' ? block.items.join(' ') : block.text)).join(' ');
}
