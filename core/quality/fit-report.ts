/**
 * The fit report: slides whose text does not fit, as located warnings (code `FIT`) at the slide's
 * line in its topic file. Measured in a browser when one is available (what deck-fit.js did to each
 * slide, and heading words wider than the slide), and always estimated from the text itself
 * (words over the theme's budget, words too long for a heading).
 */
import { warning, type Diagnostic } from '../errors.js';
import type { SlideFit } from '../export/pdf-engine.js';
import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { countWords } from './count-text.js';
import { onScreenText } from './slide-text.js';

/** Words that fit on a 1280×720 slide with body text at 28px (bullets with a heading); fewer at larger minimums. */
const WORDS_AT_28PX = 90;
/** Average width of a bold character as a share of the font size (Atkinson Hyperlegible, measured ~0.6). */
const CHAR_WIDTH_EM = 0.62;
/** Width of a slide's content box in CSS px on a 1280-px-wide slide (deck.css padding aside). */
const CONTENT_WIDTH_PX = 1120;

const SPLIT_HINT = 'Split the slide in two, or shorten its text (a deck may pick a slide by id).';

/**
 * Warnings for what the browser measured, slide by slide. Each fit names its slide by key (a
 * handout prints the references slide as text, so its fits may skip slides); by position otherwise.
 */
export function measuredFitProblems(model: DeckModel, fits: SlideFit[], minBodyPx: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byKey = new Map(model.slides.map((s) => [s.key, s]));
  fits.forEach((fit, i) => {
    const slide = (fit.key ? byKey.get(fit.key) : undefined) ?? model.slides[i];
    if (!slide) return;
    if (fit.fit === 'overflow') out.push(fitWarning(slide, `text is cut off: it does not fit even at ${fit.bodyPx}px`, SPLIT_HINT));
    else if (fit.fit === 'below-minimum')
      out.push(fitWarning(slide, `text was shrunk to ${fit.bodyPx}px to fit, below this theme's minimum of ${minBodyPx}px`, SPLIT_HINT));
    for (const word of fit.longWords)
      out.push(fitWarning(slide, `the heading word "${word}" is wider than the slide, so it breaks in the middle`, LONG_WORD_HINT));
  });
  return out;
}

const LONG_WORD_HINT = 'Shorten the heading, or write the word with a hyphen or a space where it may break.';

/** The theme's word budget per slide: {@link WORDS_AT_28PX}, scaled by the area text of the theme's minimum size takes. */
export function wordBudget(minBodyPx: number): number {
  return Math.floor(WORDS_AT_28PX * (28 / minBodyPx) ** 2);
}

/** Estimates that need no browser: words over the theme's budget, heading words longer than a heading line. */
export function estimatedFitProblems(model: DeckModel, minBodyPx: number): Diagnostic[] {
  const budget = wordBudget(minBodyPx);
  // Headings are set at about twice the body minimum in the built-in themes.
  const maxChars = Math.floor(CONTENT_WIDTH_PX / (CHAR_WIDTH_EM * 2 * minBodyPx));
  const out: Diagnostic[] = [];
  for (const slide of model.slides) {
    if (slide.layout === 'references') continue;
    const words = onScreenText(slide).reduce((n, u) => n + countWords(u), 0);
    if (words > budget)
      out.push(fitWarning(slide, `${words} words on the slide; about ${budget} fit at this theme's minimum text size`, SPLIT_HINT));
    const long = (slide.title ?? '').split(/\s+/).filter((w) => w.length > maxChars && !/^https?:/.test(w));
    for (const word of long)
      out.push(fitWarning(slide, `the heading word "${word}" (${word.length} letters) is probably too long for one line`, LONG_WORD_HINT));
  }
  return out;
}

function fitWarning(slide: SlideModel, what: string, hint: string): Diagnostic {
  return warning('FIT', `slide "${slide.key}": ${what}`, slide.source, hint);
}
