import type { Dataset, Measure, TextBlock } from '../domain/indicators';
import { roundTo } from '../domain/numbers';
import { describeMeasure, isPrintedPercentOf } from './check-integrity';
import { collectHeldFiguresByMeasure, type HeldFigure } from './collect-held-figures';
import { findSummaryEntry } from '../domain/find-summary-entry';
import { readNarrativeSentence, splitSentences, type NarrativeSentence, type QuotedFigure } from './read-narrative-sentence';

/**
 * Checks the figures analysts quote in the narrative (each section's analysis, and the Performance Summary) against
 * the data. Conservative: a warning only when the text itself gives the evidence.
 * - narrative-fraction: a percentage quoted with its own fraction that does not round to it ("50.1% (188 / 376)").
 * - narrative-rounding: a percentage no figure matches, one of whose fractions truncates to it instead of rounding
 *   (45.7% where the data holds 38 / 83 = 45.78%).
 * - narrative-direction: "increase", "decrease", "above", "below"... between two quoted figures that moved the other
 *   way ("a slight decrease on the 118" said of 123).
 * - narrative-untraced (info): a percentage or rate matching no figure the section's measures hold (a summary entry:
 *   its service area's), leaving out figures for earlier years, which the data does not hold. Counts are not traced:
 *   prose is full of small counts ("5 children from 1 family") that no table holds.
 */

export type NarrativeFindingKind = 'narrative-fraction' | 'narrative-rounding' | 'narrative-direction' | 'narrative-untraced';

export type NarrativeFinding = {
  kind: NarrativeFindingKind;
  severity: 'warning' | 'info';
  sectionId: string | null;
  /** "Child Protection Plans: analysis" or "Performance Summary: Child Protection Plans". */
  where: string;
  measureId: string | null;
  period: string | null;
  quote: string;
  message: string;
};

type Scope = {
  where: string;
  /** Whose measures the text is checked against: a section's own, or for a summary entry its service area's. */
  whose: "the section's measures" | "the service area's measures";
  sectionId: string | null;
  measures: Measure[];
  held: HeldFigure[];
  blocks: string[];
  reportingYear: string;
};

export function checkNarrativeFigures(dataset: Dataset): NarrativeFinding[] {
  const reportingYear = dataset.reportingPeriod.financialYear;
  // Worked out once per measure: a summary entry is checked against its whole service area.
  const heldByMeasure = collectHeldFiguresByMeasure(dataset);
  const heldFor = (measures: Measure[]) => measures.flatMap((m) => heldByMeasure.get(m.id) ?? []);
  const scopes: Scope[] = dataset.sections.map((section) => {
    const measures = dataset.measures.filter((m) => m.section === section.id);
    const blocks = section.analysis.flatMap(blockTexts);
    const where = `${section.title}: analysis`;
    return { where, whose: "the section's measures", sectionId: section.id, measures, held: heldFor(measures), blocks, reportingYear };
  });
  const entryOfSection = new Map(dataset.sections.map((s) => [s.id, findSummaryEntry(dataset, s)]));
  for (const entry of dataset.summary ?? []) {
    const measures = dataset.measures.filter((m) => m.serviceArea === entry.serviceArea);
    const section = dataset.sections.find((s) => entryOfSection.get(s.id) === entry);
    const where = `Performance Summary: ${entry.topic}`;
    const held = heldFor(measures);
    scopes.push({ where, whose: "the service area's measures", sectionId: section?.id ?? null, measures, held, blocks: [entry.text], reportingYear });
  }
  return scopes.flatMap(checkScope);
}

function checkScope(scope: Scope): NarrativeFinding[] {
  return scope.blocks.flatMap((block) => {
    const sentences = splitSentences(block).map(readNarrativeSentence);
    return sentences.flatMap((sentence, i) => [
      ...checkQuotedFractions(sentence, scope),
      ...checkDirections(sentence, sentences[i - 1], scope),
      ...traceFigures(sentence, scope),
    ]);
  });
}

function checkQuotedFractions(sentence: NarrativeSentence, scope: Scope): NarrativeFinding[] {
  return findQuotedFractions(sentence).flatMap(({ percent, numerator, denominator }) => {
    // Within half a unit of the last place written, so either rounding of an exact .x5 passes.
    if (isPrintedPercentOf(percent.value, numerator, denominator, percent.decimals)) return [];
    const exact = (100 * numerator) / denominator;
    const rounded = roundTo(exact, percent.decimals).toFixed(percent.decimals);
    const message = `${scope.where}: ${show(percent)} is quoted for ${numerator} / ${denominator}, which is ${exact.toFixed(3)}% (${rounded}%)`;
    return [finding('narrative-fraction', scope, sentence, null, nearestPeriod(sentence, percent.start)?.key ?? null, message)];
  });
}

/** "50.0% (188 / 376)", "321 of the 337 reviews (95.3%)", "Of the 57 children ..., 40 had ... (70.2%)". */
function findQuotedFractions(sentence: NarrativeSentence): { percent: QuotedFigure; numerator: number; denominator: number }[] {
  const percents = sentence.figures.filter((f) => f.unit === 'percent');
  const found: { percent: QuotedFigure; numerator: number; denominator: number }[] = [];
  for (const fraction of sentence.fractions) {
    const percent = percents.find((p) => /^\s*\(\s*$/.test(sentence.text.slice(p.start + p.text.length, fraction.start)));
    if (percent) found.push({ percent, numerator: fraction.numerator, denominator: fraction.denominator });
  }
  const patterns = [/\b(\d+) of the (\d+)\b[^%.]*?\((\d+(?:\.\d+)?)%\)/g, /\bOf the (\d+)\b[^.%]*?,\s*(\d+)\b[^.%]*?\((\d+(?:\.\d+)?)%\)/gi];
  patterns.forEach((pattern, which) => {
    for (const m of sentence.text.matchAll(pattern)) {
      const percent = percents.find((p) => p.start > m.index && p.start < m.index + m[0].length);
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (percent) found.push({ percent, numerator: which === 0 ? a : b, denominator: which === 0 ? b : a });
    }
  });
  return found;
}

const THIS_SENTENCE = /^(?:this|it|which)\b/i;

function checkDirections(sentence: NarrativeSentence, previous: NarrativeSentence | undefined, scope: Scope): NarrativeFinding[] {
  const firstClaim = sentence.claims[0];
  if (!firstClaim) return [];
  return sentence.claims.flatMap((claim, k) => {
    const until = sentence.claims[k + 1]?.start ?? Infinity;
    const pair = findComparedPair(sentence, previous, claim.start + claim.text.length, until, firstClaim.start);
    if (!pair || pair.current.value === pair.other.value) return [];
    const rose = pair.current.value > pair.other.value;
    if ((claim.direction === 'up') === rose) return [];
    const [current, other] = [show(pair.current), show(pair.other)];
    const message = `${scope.where}: "${claim.text}" is said of ${current} against ${other}, but ${current} is ${rose ? 'more' : 'less'} than ${other}`;
    const period = nearestPeriod(pair.currentSentence, pair.current.start)?.key ?? null;
    return [finding('narrative-direction', scope, sentence, matchMeasure(pair.current, scope, period), period, message)];
  });
}

/**
 * The figure compared and the figure it is compared with. "from 682 to 585" gives both; otherwise the first figure
 * after the claim is the comparison and the current figure is the only one of that unit before the sentence's first
 * claim, or, in a sentence that opens "This is ...", the only one in the sentence before.
 */
function findComparedPair(sentence: NarrativeSentence, previous: NarrativeSentence | undefined, from: number, until: number, firstClaim: number) {
  const after = sentence.figures.filter((f) => f.start >= from && f.start < until);
  const fromTo = /^\W*(?:\(\s*)?from\s+\S+\s+to\s+\S+/i.exec(sentence.text.slice(from, until));
  const [first, second] = after;
  if (fromTo && first && second && first.unit === second.unit) return { current: second, other: first, currentSentence: sentence };
  if (!first) return null;
  const before = sentence.figures.filter((f) => f.start < firstClaim && f.unit === first.unit);
  const useFirst = before.length === 0 && THIS_SENTENCE.test(sentence.text) && previous;
  const candidates = useFirst ? previous.figures.filter((f) => f.unit === first.unit) : before;
  const current = candidates[0];
  if (!current || new Set(candidates.map((c) => c.value)).size !== 1) return null;
  return { current, other: first, currentSentence: useFirst ? previous : sentence };
}

function traceFigures(sentence: NarrativeSentence, scope: Scope): NarrativeFinding[] {
  return sentence.figures.flatMap((figure): NarrativeFinding[] => {
    if (figure.unit === 'count' || isHeld(figure, scope.held)) return [];
    const period = nearestPeriod(sentence, figure.start);
    if (period && period.financialYear < scope.reportingYear) return [];
    const truncated = findTruncatedFraction(figure, scope.held, period?.key ?? null);
    if (truncated) {
      const { held, numerator, denominator, exact } = truncated;
      const measure = scope.measures.find((m) => m.id === held.measureId);
      const message =
        `${scope.where}: ${show(figure)} is quoted, but ${measure ? describeMeasure(measure) : held.measureId} holds ${numerator} / ${denominator} ` +
        `for ${held.label}, which is ${exact.toFixed(3)}% and rounds to ${roundTo(exact, figure.decimals).toFixed(figure.decimals)}%: ` +
        `${show(figure)} looks truncated`;
      return [finding('narrative-rounding', scope, sentence, held.measureId, held.period, message)];
    }
    const message = `${scope.where}: ${show(figure)} matches no figure of ${scope.whose}`;
    return [finding('narrative-untraced', scope, sentence, null, period?.key ?? null, message)];
  });
}

function isHeld(figure: QuotedFigure, held: HeldFigure[]): boolean {
  return held.some((h) => h.unit === figure.unit && roundTo(h.value, figure.decimals) === figure.value);
}

/** Only when exactly one held fraction truncates to the quoted figure: anything looser would be a guess. */
function findTruncatedFraction(figure: QuotedFigure, held: HeldFigure[], period: string | null) {
  if (figure.unit !== 'percent' || figure.decimals === 0) return null;
  const factor = 10 ** figure.decimals;
  // From the fraction itself: a held value is already rounded (38 / 83 is kept as 45.8, not 45.783).
  const matches = held.flatMap((h) => {
    if (h.unit !== 'percent' || !h.fraction || h.fraction.denominator <= 0) return [];
    const exact = (100 * h.fraction.numerator) / h.fraction.denominator;
    const truncates = Math.floor(exact * factor + 1e-9) / factor === figure.value && roundTo(exact, figure.decimals) !== figure.value;
    return truncates ? [{ held: h, ...h.fraction, exact }] : [];
  });
  // The same fraction held as a month and as its quarter is one piece of evidence; prefer the period the text names.
  const distinct = new Set(matches.map((m) => `${m.held.measureId} ${m.numerator} ${m.denominator}`));
  if (distinct.size !== 1) return null;
  return matches.find((m) => m.held.period === period) ?? matches[0] ?? null;
}

function matchMeasure(figure: QuotedFigure, scope: Scope, period: string | null): string | null {
  const matches = scope.held.filter((h) => h.role === 'value' && h.unit === figure.unit && roundTo(h.value, figure.decimals) === figure.value);
  const inPeriod = matches.filter((h) => h.period === period);
  const ids = new Set((inPeriod.length > 0 ? inPeriod : matches).map((h) => h.measureId));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

function nearestPeriod(sentence: NarrativeSentence, at: number) {
  const distance = (p: { start: number; text: string }) => Math.min(Math.abs(p.start - at), Math.abs(p.start + p.text.length - at));
  return [...sentence.periods].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function finding(
  kind: NarrativeFindingKind,
  scope: Scope,
  sentence: NarrativeSentence,
  measureId: string | null,
  period: string | null,
  message: string,
): NarrativeFinding {
  const sectionId = scope.measures.find((m) => m.id === measureId)?.section ?? scope.sectionId;
  const severity = kind === 'narrative-untraced' ? 'info' : 'warning';
  return { kind, severity, sectionId, where: scope.where, measureId, period, quote: sentence.text, message };
}

function show(figure: QuotedFigure): string {
  const number = figure.value.toLocaleString('en-GB', { minimumFractionDigits: figure.decimals, maximumFractionDigits: figure.decimals });
  return figure.unit === 'percent' ? `${number}%` : number;
}

function blockTexts(block: TextBlock): string[] {
  return block.type === 'paragraph' ? [block.text] : block.items;
}
