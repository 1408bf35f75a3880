import type { TextCounts } from './count-text.js';

/**
 * Spanish readability: the Szigriszt-Pazos perspicuity index (Szigriszt Pazos, 1993, doctoral
 * thesis, Universidad Complutense de Madrid), an adaptation of Flesch's Reading Ease to Spanish,
 *
 *     P = 206.835 − 62.3 × syllables / words − words / sentences
 *
 * read on the INFLESZ scale that Barrio-Cantalejo et al. validated on Spanish texts for patients
 * (An. Sist. Sanit. Navar. 2008;31(2):135-152): below 40 muy difícil, 40–55 algo difícil,
 * 55–65 normal, 65–80 bastante fácil, above 80 muy fácil. Higher is easier.
 */

/** The INFLESZ bands, from hardest to easiest, with the lowest score of each. */
export const INFLESZ_BANDS = [
  { min: -Infinity, label: 'muy difícil' },
  { min: 40, label: 'algo difícil' },
  { min: 55, label: 'normal' },
  { min: 65, label: 'bastante fácil' },
  { min: 80, label: 'muy fácil' },
] as const;

/** Szigriszt-Pazos perspicuity of the counts, rounded to one decimal; null when there is nothing to score. */
export function szigrisztPazos(counts: Pick<TextCounts, 'words' | 'sentences' | 'syllables'>): number | null {
  if (counts.words === 0 || counts.sentences === 0) return null;
  const p = 206.835 - (62.3 * counts.syllables) / counts.words - counts.words / counts.sentences;
  return Math.round(p * 10) / 10;
}

/**
 * Fernández-Huerta readability (Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna
 * 1959;(214):29-32), the first Spanish adaptation of Flesch, in the corrected form
 *
 *     L = 206.84 − 0.60 × syllables per 100 words − 1.02 × words / sentences
 *
 * (the often-quoted "− 1.02 × sentences per 100 words" makes shorter sentences score harder; Law G,
 * "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011). Reported beside
 * INFLESZ for comparison; the gate uses INFLESZ. Rounded to one decimal; null when nothing to score.
 */
export function fernandezHuerta(counts: Pick<TextCounts, 'words' | 'sentences' | 'syllables'>): number | null {
  if (counts.words === 0 || counts.sentences === 0) return null;
  const l = 206.84 - 0.6 * ((100 * counts.syllables) / counts.words) - (1.02 * counts.words) / counts.sentences;
  return Math.round(l * 10) / 10;
}

/** The INFLESZ band of a score: "bastante fácil" for 65 to 80. */
export function infleszBand(score: number): string {
  return [...INFLESZ_BANDS].reverse().find((b) => score >= b.min)!.label;
}
