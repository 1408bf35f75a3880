import { syllable } from 'syllable';

/**
 * Counting words, sentences and syllables in plain slide text, for the readability formulas.
 *
 * Conventions (docs/quality-gate.md explains why):
 * - A **word** is a run of characters between spaces, slashes or dashes (– —) that holds a letter or
 *   a digit. Hyphenated words ("side-effect"), abbreviations ("PD-1", "e.g.") and numbers ("12",
 *   "$475,000", "1-800-4-CANCER") are one word each.
 * - A **sentence** ends at `.`, `!` or `?` (optionally followed by quotes or brackets), except after
 *   an abbreviation ("e.g.", "Dr.", "U.S.", "etc."). Each text unit (a title, a
 *   bullet item, a table cell) is its own sentence when it lacks end punctuation.
 * - **Syllables** come from the `syllable` package, per hyphen-separated part, with two additions
 *   for text that is read aloud differently from how it is spelled: numbers count one syllable per
 *   digit, and short all-capital abbreviations ("PD", "DNA", "CTLA") one per letter.
 */

/** Counts over one or more text units. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG's "polysyllables"). */
  polysyllables: number;
}

/** Abbreviations whose final period does not end a sentence (lower case, without the last period). */
const ABBREVIATIONS = new Set([
  ...['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'approx', 'fig', 'al', 'incl', 'dept', 'jr', 'sr', 'prof'],
  // Spanish: doctor(a), señor(a), por ejemplo, aproximadamente, número, teléfono.
  ...['dra', 'sra', 'srta', 'ej', 'aprox', 'núm', 'tel', 'tfno', 'pág'],
]);
/** All-capital abbreviations that are said as words, not spelled out letter by letter. */
const SPOKEN_ACRONYMS = new Set(['CAR', 'AIDS', 'NASA', 'ASCO', 'SITC', 'REMS', 'ICANS', 'NICE', 'FACT']);
/** Letters whose names have more than one syllable ("double-u"). */
const LONG_LETTER_NAMES: Record<string, number> = { W: 3 };

/** Characters that separate words besides white space: slash, en dash, em dash. */
const SEPARATORS = /[\s/\u2013\u2014]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ENDS_SENTENCE = /[.!?\u2026]["'\u2019\u201d)\]]*$/u;

/** Split plain text into raw tokens (words with their punctuation still attached). */
function tokens(text: string): string[] {
  return text.split(SEPARATORS).filter((t) => t.length > 0);
}

/** The word in a token with surrounding punctuation removed, or '' when it holds no letter or digit. */
export function cleanWord(token: string): string {
  return token.replace(EDGE_PUNCTUATION, '');
}

/** The words of a plain text, in order. */
export function wordsOf(text: string): string[] {
  return tokens(text)
    .map(cleanWord)
    .filter((w) => w.length > 0);
}

/** Number of words in a plain text. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** True when the token's final period belongs to an abbreviation rather than ending a sentence. */
function isAbbreviation(token: string): boolean {
  const bare = token.replace(/["'\u2019\u201d)\]]+$/u, '');
  if (!bare.endsWith('.')) return false;
  const body = bare.slice(0, -1).replace(/^[^\p{L}\p{N}]+/u, '');
  if (/^(?:\p{L}\.)+\p{L}$/u.test(body)) return true; // e.g. i.e. U.S.
  return ABBREVIATIONS.has(body.toLowerCase());
}

/** Number of sentences in one text unit; a unit without end punctuation still counts as one. */
export function countSentences(text: string): number {
  let sentences = 0;
  let wordsInSentence = 0;
  for (const token of tokens(text)) {
    if (cleanWord(token)) wordsInSentence++;
    if (wordsInSentence > 0 && ENDS_SENTENCE.test(token) && !isAbbreviation(token)) {
      sentences++;
      wordsInSentence = 0;
    }
  }
  return sentences + (wordsInSentence > 0 ? 1 : 0);
}

/** Syllables in a part of a word that has no hyphen. */
function partSyllables(part: string): number {
  if (!/[\p{L}\p{N}]/u.test(part)) return 0;
  // Mixed letters and digits ("L1", "CD8"): count each run on its own.
  const runs = part.match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  if (runs.length > 1) return runs.reduce((n, r) => n + partSyllables(r), 0);
  if (/^[\p{N}.,]+$/u.test(part)) return Math.max(1, part.replace(/\D/g, '').length);
  if (/^\p{Lu}{2,5}s?$/u.test(part) && !SPOKEN_ACRONYMS.has(part.replace(/s$/, ''))) {
    return [...part.replace(/s$/, '')].reduce((n, letter) => n + (LONG_LETTER_NAMES[letter] ?? 1), 0);
  }
  return Math.max(1, syllable(part.toLowerCase()));
}

/** Counted words; the syllable package is the costly part of scoring a library. */
const cache = new Map<string, number>();
const CACHE_MAX = 20_000;

/** Syllables in one word (as returned by {@link wordsOf}); hyphenated parts are counted separately. */
export function syllablesOf(word: string): number {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const parts = word.split(/[-\u2010\u2011]/u).filter((p) => p.length > 0);
  const n = Math.max(
    1,
    parts.reduce((sum, p) => sum + partSyllables(p), 0),
  );
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, n);
  return n;
}

/** Options for {@link countText}. */
export interface CountOptions {
  /** Score words for which this returns true as one-syllable words (see the glossary adjustment). */
  easyWord?: (word: string) => boolean;
  /** The syllable counter for the text's language. @default the English one ({@link syllablesOf}) */
  syllables?: (word: string) => number;
}

/** Count sentences, words, syllables and polysyllables over text units (titles, items, cells…). */
export function countText(units: readonly string[], options: CountOptions = {}): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 };
  for (const unit of units) {
    counts.sentences += countSentences(unit);
    for (const word of wordsOf(unit)) {
      const n = options.easyWord?.(word) ? 1 : (options.syllables ?? syllablesOf)(word);
      counts.words++;
      counts.syllables += n;
      if (n >= 3) counts.polysyllables++;
    }
  }
  return counts;
}
