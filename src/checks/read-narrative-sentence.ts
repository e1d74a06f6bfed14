import { financialYearOfMonth, parseFinancialYear } from '../domain/period';

/**
 * Reads the figures an analyst quoted in a sentence of narrative: percentages ("78.0%"), fractions ("188 / 376"),
 * rates and other decimals ("158.2"), counts ("123 children"), the periods mentioned ("Q2 2023/24",
 * "September 2022") and words claiming a direction ("decrease", "above"). Numbers that are not figures (years,
 * "1 working day", "19-21", "3 or more", "section 47", "CSC 022", "per 10,000") are masked first, so they are
 * never mistaken for one.
 */

export type FigureUnit = 'percent' | 'count' | 'rate';

export type QuotedFigure = {
  unit: FigureUnit;
  value: number;
  /** Decimal places as written: "78.0%" has 1, "90%" has 0. */
  decimals: number;
  text: string;
  start: number;
  /** "6.4% (20)": the count in brackets straight after a percentage is its numerator, not a figure of its own. */
  numerator?: number;
};

export type QuotedFraction = { numerator: number; denominator: number; text: string; start: number };
export type PeriodMention = { key: string; financialYear: string; text: string; start: number };
export type DirectionClaim = { direction: 'up' | 'down'; text: string; start: number };

export type NarrativeSentence = {
  text: string;
  figures: QuotedFigure[];
  fractions: QuotedFraction[];
  periods: PeriodMention[];
  claims: DirectionClaim[];
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const NOT_FIGURES = [
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /\b\d+(?:\.\d+)?\s*(?:working\s+)?(?:days?|hours?|weeks?|months?|years?|yrs|miles?)\b/gi,
  /\b\d+\s*[-–]\s*\d+\b/g,
  /\b(?:aged|age|under|over|per|turning)\s+\d[\d,]*/gi,
  /\b\d+\s+or\s+(?:more|younger|older|over|under|less|fewer)\b/gi,
  /\bsection\s+47\b/gi,
  /\bCSC\s*\d+[a-z]?\b/gi,
  /\bQ[1-4]\b/g,
  /\b(?:19|20)\d{2}\b/g,
];

const UP = /\b(?:increase[sd]?|increasing|rise[sn]?|rising|rose|higher|above)\b/gi;
const DOWN = /\b(?:decrease[sd]?|decreasing|decline[sd]?|declining|reduction|reduced|fall(?:s|en)?|fell|drop(?:s|ped)?|lower|below)\b/gi;

/** Sentences of a paragraph; a full stop inside a number ("78.0") or an initial is not an end. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readNarrativeSentence(text: string): NarrativeSentence {
  const masked: [number, number][] = [];
  const isMasked = (start: number, end: number) => masked.some(([a, b]) => start < b && end > a);
  const mask = (start: number, length: number) => masked.push([start, start + length]);

  const periods = findPeriods(text, mask);
  const fractions: QuotedFraction[] = [];
  for (const match of text.matchAll(/(\d[\d,]*)\s*\/\s*(\d[\d,]*)/g)) {
    if (isMasked(match.index, match.index + match[0].length)) continue;
    fractions.push({ numerator: toNumber(match[1]), denominator: toNumber(match[2]), text: match[0], start: match.index });
    mask(match.index, match[0].length);
  }
  for (const pattern of NOT_FIGURES) {
    for (const match of text.matchAll(pattern)) if (!isMasked(match.index, match.index + match[0].length)) mask(match.index, match[0].length);
  }

  const figures: QuotedFigure[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\w.])(${NUMBER})(\\s*%)?`, 'g'))) {
    const digits = match[1] ?? '';
    if (isMasked(match.index, match.index + digits.length)) continue;
    const decimals = digits.split('.')[1]?.length ?? 0;
    const unit: FigureUnit = match[2] ? 'percent' : decimals > 0 ? 'rate' : 'count';
    const figure: QuotedFigure = { unit, value: toNumber(digits), decimals, text: match[0], start: match.index };
    if (unit === 'percent') {
      const after = text.slice(match.index + match[0].length);
      const bracketed = /^\s*\((\d[\d,]*)\)/.exec(after);
      if (bracketed) {
        figure.numerator = toNumber(bracketed[1]);
        mask(match.index + match[0].length, bracketed[0].length);
      }
    }
    figures.push(figure);
  }
  return { text, figures, fractions, periods, claims: findClaims(text) };
}

function findPeriods(text: string, mask: (start: number, length: number) => void): PeriodMention[] {
  const periods: PeriodMention[] = [];
  const add = (match: RegExpMatchArray, key: string, financialYear: string) => {
    periods.push({ key, financialYear, text: match[0], start: match.index ?? 0 });
    mask(match.index ?? 0, match[0].length);
  };
  for (const m of text.matchAll(/\bQ([1-4])\s+(\d{4})[/-](\d{2})\b/g)) add(m, `${m[2]}-${m[3]}-Q${m[1]}`, `${m[2]}/${m[3]}`);
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_NAME}\\s+(\\d{4})(?:/\\d{2})?\\b`, 'gi'))) {
    if (periods.some((p) => m.index >= p.start && m.index < p.start + p.text.length)) continue;
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    const key = `${Number(m[2])}-${String(month).padStart(2, '0')}`;
    add(m, key, financialYearOfMonth(key));
  }
  for (const m of text.matchAll(/\b(\d{2})\/(\d{4})\b/g)) add(m, `${m[2]}-${m[1]}`, financialYearOfMonth(`${m[2]}-${m[1]}`));
  for (const m of text.matchAll(/\b(\d{4})[/-](\d{2})\b/g)) {
    if (periods.some((p) => m.index >= p.start && m.index < p.start + p.text.length)) continue;
    const financialYear = `${m[1]}/${m[2]}`;
    if (parseFinancialYear(financialYear) !== null) add(m, `${m[1]}-${m[2]}`, financialYear);
  }
  return periods.sort((a, b) => a.start - b.start);
}

function findClaims(text: string): DirectionClaim[] {
  const claims: DirectionClaim[] = [];
  for (const m of text.matchAll(UP)) claims.push({ direction: 'up', text: m[0], start: m.index });
  for (const m of text.matchAll(DOWN)) claims.push({ direction: 'down', text: m[0], start: m.index });
  return claims.sort((a, b) => a.start - b.start);
}

function toNumber(text: string | undefined): number {
  return Number((text ?? '').replace(/,/g, ''));
}
