/**
 * Counting the syllables of Spanish words, for the Szigriszt-Pazos / INFLESZ readability formula.
 *
 * Spanish spelling is close to its sound, so a syllable is a vowel nucleus (RAE, Ortografía de la
 * lengua española, 2010, §4.1): each run of vowels is one syllable (a diphthong or triphthong),
 * except that two "strong" vowels side by side are two (hiatus: *le-er*, *po-e-ta*), and so is a
 * weak vowel that carries the written accent (*dí-a*, *pa-ís*, *ba-úl*). Other rules that follow:
 * - the `u` of `que/qui/gue/gui` is silent and `ü` is weak: both join the vowel after them (*que*, *pin-güi-no*);
 * - `y` is a vowel when no vowel follows it (*y*, *muy*, *ley*), a consonant otherwise (*ma-yo*);
 * - `h` counts as a consonant, so the vowels on either side are counted apart (*pro-hi-bir*, *a-hu-ma-do*).
 * Numbers count one syllable per digit and short all-capital abbreviations one per letter (as the
 * English counter does), except acronyms read as words (CAR, SIDA, ICANS).
 * tests/quality/spanish-readability.test.ts checks it against words syllabified by the RAE rules.
 */

const VOWELS = new Set([...'aeiouáéíóúü']);
/** Strong vowels, and the weak ones a written accent makes strong (they break a diphthong). */
const STRONG = new Set([...'aeoáéóíú']);
/** Acronyms said as words, not letter by letter. */
const SPOKEN_ACRONYMS = new Set(['CAR', 'SIDA', 'ICANS', 'ONU', 'OMS', 'FDA', 'NASA', 'ASCO', 'REMS', 'TIL', 'TILS']);

function isVowelAt(word: string, i: number): boolean {
  const c = word[i]!;
  if (VOWELS.has(c)) return true;
  // "y" is a vowel at the end of a word or before a consonant.
  return c === 'y' && (i === word.length - 1 || !VOWELS.has(word[i + 1]!)) && (i > 0 || word.length === 1);
}

/** Syllables in a run of letters with no hyphen or digit. */
function letterSyllables(letters: string): number {
  const w = letters.toLowerCase();
  let count = 0;
  let i = 0;
  while (i < w.length) {
    if (!isVowelAt(w, i)) {
      i++;
      continue;
    }
    let strong = 0;
    let j = i;
    while (j < w.length && isVowelAt(w, j)) {
      if (STRONG.has(w[j]!)) strong++;
      j++;
    }
    // A run of weak vowels only (iu, ui, muy) is one syllable; otherwise one per strong vowel.
    count += Math.max(1, strong);
    i = j;
  }
  return Math.max(1, count);
}

/** Syllables in one part of a word between hyphens. */
function partSyllables(part: string): number {
  const runs = part.match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  if (runs.length === 0) return 0;
  if (runs.length > 1) return runs.reduce((n, r) => n + partSyllables(r), 0);
  const run = runs[0]!;
  if (/^\p{N}/u.test(run)) return Math.max(1, run.replace(/\D/g, '').length);
  if (/^\p{Lu}{2,5}s?$/u.test(run) && !SPOKEN_ACRONYMS.has(run.replace(/s$/, ''))) return run.replace(/s$/, '').length;
  return letterSyllables(run);
}

/** Syllables in one Spanish word (as returned by wordsOf); hyphenated parts are counted apart. */
export function spanishSyllables(word: string): number {
  const parts = word.split(/[-\u2010\u2011]/u).filter((p) => p.length > 0);
  return Math.max(
    1,
    parts.reduce((n, p) => n + partSyllables(p), 0),
  );
}
