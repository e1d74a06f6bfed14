/**
 * Keeping text from data (a file, a feed, a file name) from rewriting the text around it. Unicode's bidirectional
 * controls reach past the end of the string they are in: an authority name ending in an unterminated U+202E
 * (right-to-left override) reversed the dashboard's own header ("3202 rebmetpeS 03 ta sa ataD"), and right-to-left
 * letters pull neighbouring figures into their run. A first-strong isolate (U+2068 ... U+2069) around the text,
 * with every control inside it closed, confines both to the text itself, wherever the string goes: the page, a
 * slide, a chart image, the print header, an export. Text with neither is left exactly as it was.
 */

const EMBEDDING_OPENERS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const POP_DIRECTIONAL_FORMATTING = '\u202c';
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Bidi controls and marks, and letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and others). */
const NEEDS_ISOLATION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export function isolateBidi(text: string): string {
  if (!NEEDS_ISOLATION.test(text)) return text;
  const balanced = balanceControls(text);
  if (balanced === text && isWrapped(text)) return text;
  return `${FIRST_STRONG_ISOLATE}${balanced}${POP_DIRECTIONAL_ISOLATE}`;
}

/**
 * Closes every embedding, override and isolate the text opens, and drops closers with nothing to close (which would
 * otherwise close one of the page's own). A PDI also closes the embeddings opened since its isolate (UAX #9).
 */
function balanceControls(text: string): string {
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const char of text) {
    if (EMBEDDING_OPENERS.has(char)) open.push('embedding');
    else if (ISOLATE_OPENERS.has(char)) open.push('isolate');
    else if (char === POP_DIRECTIONAL_FORMATTING) {
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (char === POP_DIRECTIONAL_ISOLATE) {
      const isolate = open.lastIndexOf('isolate');
      if (isolate < 0) continue;
      open.length = isolate;
    }
    out += char;
  }
  for (const kind of open.reverse()) out += kind === 'embedding' ? POP_DIRECTIONAL_FORMATTING : POP_DIRECTIONAL_ISOLATE;
  return out;
}

/** Already one balanced isolate from its first character to its last (this function's own output). */
function isWrapped(text: string): boolean {
  if (!text.startsWith(FIRST_STRONG_ISOLATE) || !text.endsWith(POP_DIRECTIONAL_ISOLATE)) return false;
  let depth = 0;
  const chars = [...text];
  for (const [i, char] of chars.entries()) {
    if (ISOLATE_OPENERS.has(char)) depth += 1;
    else if (char === POP_DIRECTIONAL_ISOLATE) {
      depth -= 1;
      if (depth === 0) return i === chars.length - 1;
    }
  }
  return false;
}

/**
 * Characters that show nothing: white space of every kind, format characters (zero-width space and joiners, bidi
 * controls, the byte order mark, soft hyphen, tags), variation selectors and the blank-looking fillers (Hangul
 * fillers, braille blank, combining grapheme joiner, Khmer and Mongolian invisible vowels and separators).
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}\u115f\u1160\u180e\u2800\u3164\uffa0]|\p{Variation_Selector}|\u034f|\u17b4|\u17b5/gu;

/** False for text that would show as blank: empty, or made only of invisible characters. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}
