import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { countText, type TextCounts } from './count-text.js';
import { isGlossaryWord } from './glossary.js';
import { fernandezHuerta, szigrisztPazos } from './inflesz.js';
import { spanishSyllables } from './spanish-syllables.js';
import type { Language } from '../options.js';

/**
 * Readability scores over plain text units, computed with the maintained formula packages
 * `flesch-kincaid` and `smog-formula` (they take counts, which core/quality/count-text.ts supplies):
 *
 * - Flesch-Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
 * - SMOG grade = 1.043 × √(polysyllables × 30 / sentences) + 3.1291
 */

/** SMOG was calibrated on samples of 30 sentences; below that its grade is a rough guide. */
export const SMOG_SAMPLE_SENTENCES = 30;

/** Scores of a text; a grade is null when the text has no words. */
export interface GradeScores {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  fleschKincaid: number | null;
  /** SMOG grade, rounded to one decimal. */
  smog: number | null;
}

/** Counts and scores of a text, raw and with glossary terms scored as one-syllable words. */
export interface Readability extends TextCounts, GradeScores {
  /** True when the text has at least 30 sentences, the sample size SMOG was built on. */
  smogReliable: boolean;
  /** Scores with glossary terms (core/quality/glossary.ts) counted as one-syllable words. */
  adjusted: GradeScores & { glossaryWords: number };
  /** The language the text was scored in. */
  language: Language;
  /**
   * Spanish text: Szigriszt-Pazos perspicuity on the INFLESZ scale (core/quality/inflesz.ts),
   * higher is easier; the English grades are then null. Absent for English text.
   */
  inflesz?: number | null;
  /** Spanish text: Fernández-Huerta (corrected form), reported beside INFLESZ, not gated. */
  fernandezHuerta?: number | null;
}

/** Round a grade to one decimal, as reported and as compared with the limits. */
export function roundGrade(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Flesch-Kincaid and SMOG grades for counts (null when there is nothing to score). */
export function gradesOf(counts: TextCounts): GradeScores {
  if (counts.words === 0 || counts.sentences === 0) return { fleschKincaid: null, smog: null };
  const fk = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
  const smog = smogFormula({ sentence: counts.sentences, polysillabicWord: counts.polysyllables });
  return { fleschKincaid: roundGrade(fk), smog: roundGrade(smog) };
}

/** Count and score text units (a slide's title, items, cells… or a whole topic's) in their language. */
export function readability(units: readonly string[], language: Language = 'en'): Readability {
  if (language === 'es') return spanishReadability(units);
  const raw = countText(units);
  let glossaryWords = 0;
  const easy = countText(units, {
    easyWord: (w) => {
      const hit = isGlossaryWord(w);
      if (hit) glossaryWords++;
      return hit;
    },
  });
  return {
    ...raw,
    ...gradesOf(raw),
    smogReliable: raw.sentences >= SMOG_SAMPLE_SENTENCES,
    adjusted: { ...gradesOf(easy), glossaryWords },
    language,
  };
}

/** Spanish text: INFLESZ with the Spanish syllable counter; the English grade formulas do not apply. */
function spanishReadability(units: readonly string[]): Readability {
  const raw = countText(units, { syllables: spanishSyllables });
  const none = { fleschKincaid: null, smog: null };
  return {
    ...raw,
    ...none,
    smogReliable: false,
    adjusted: { ...none, glossaryWords: 0 },
    language: 'es',
    inflesz: szigrisztPazos(raw),
    fernandezHuerta: fernandezHuerta(raw),
  };
}

/** The score of one slide's units: its Flesch-Kincaid grade (English) or INFLESZ (Spanish). */
export function slideScore(units: readonly string[], language: Language): { grade: number | null; inflesz?: number | null } {
  if (language === 'es') return { grade: null, inflesz: szigrisztPazos(countText(units, { syllables: spanishSyllables })) };
  return { grade: gradesOf(countText(units)).fleschKincaid };
}
