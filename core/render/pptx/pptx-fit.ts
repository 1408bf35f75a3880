/**
 * Will this text fit its box? PowerPoint lays text out itself, so the writer estimates: an average
 * glyph width per em (wider for bold), words wrapped greedily into the box width, lines at the theme's
 * line height plus paragraph spacing. Like deck-fit.js in the HTML, a body that does not fit is set
 * smaller, step by step, down to the theme's smallest body size; what still does not fit is reported
 * with the slide's source location.
 */
import { warning, type Diagnostic } from '../../errors.js';
import type { SlideModel } from '../../model/deck-model.js';
import { toPlainText } from '../markdown.js';
import { runsText } from './inline-runs.js';
import { bulletIndentPx, type Paragraph } from './pptx-text.js';

/**
 * Average advance of a glyph in em: wider than Atkinson Hyperlegible and Arial, close to DejaVu Sans
 * (what LibreOffice on Linux substitutes), so text still fits where the theme's font is missing.
 */
const EM_REGULAR = 0.55;
const EM_BOLD = 0.62;

/** Lines a paragraph takes in a box `widthPx` wide. */
export function paragraphLines(p: Paragraph, widthPx: number): number {
  const indent = p.bullet ? bulletIndentPx(p.sizePx) * (1 + (p.level ?? 0)) : 0;
  const width = Math.max(widthPx - indent, p.sizePx * 4);
  let lines = 0;
  for (const line of runsText(p.runs).split('\n')) {
    const em = p.bold || p.runs.every((r) => r.bold) ? EM_BOLD : EM_REGULAR;
    const words = line.split(/\s+/).filter(Boolean);
    let used = 0;
    let count = 1;
    for (const word of words) {
      const w = word.length * em * p.sizePx;
      const space = used ? em * p.sizePx : 0;
      if (used && used + space + w > width) {
        count++;
        used = Math.min(w, width);
        // A word longer than the line wraps on its own.
        count += Math.floor(w / width);
      } else {
        used += space + w;
      }
    }
    lines += count;
  }
  return lines;
}

/** Height in px the paragraphs take in a box `widthPx` wide. */
export function textHeight(paragraphs: readonly Paragraph[], widthPx: number, lineHeight: number): number {
  return paragraphs.reduce(
    (h, p, i) =>
      h + paragraphLines(p, widthPx) * p.sizePx * (p.lineHeight ?? lineHeight) + (i < paragraphs.length - 1 ? (p.spaceAfterPx ?? 0) : 0),
    0,
  );
}

/** A box's inner size in px. */
export interface Box {
  w: number;
  h: number;
}

/** The outcome of fitting: the scale applied to every size, and whether it fits at that scale. */
export interface Fit {
  scale: number;
  fits: boolean;
  /** Estimated height at that scale, px. */
  height: number;
}

/**
 * The largest scale (1, then down in 4 % steps) at which `measure(scale)` (a height in px) fits
 * `boxH`, never letting `basePx * scale` drop below `minPx`. When nothing fits: the smallest allowed
 * scale, and fits: false.
 */
export function fitScale(measure: (scale: number) => number, boxH: number, basePx: number, minPx: number): Fit {
  const minScale = Math.min(1, minPx / basePx);
  let scale = 1;
  for (;;) {
    const height = measure(scale);
    if (height <= boxH) return { scale, fits: true, height };
    const next = Math.round((scale - 0.04) * 100) / 100;
    if (next < minScale) {
      const last = measure(minScale);
      return { scale: minScale, fits: last <= boxH, height: last };
    }
    scale = next;
  }
}

/** {@link fitScale} for paragraphs built at a scale, in a box. */
export function fitParagraphs(build: (scale: number) => Paragraph[], box: Box, lineHeight: number, basePx: number, minPx: number): Fit {
  return fitScale((scale) => textHeight(build(scale), box.w, lineHeight), box.h, basePx, minPx);
}

/** The warning for a slide whose text would overflow its box in PowerPoint. */
export function overflowWarning(slide: SlideModel, index: number, what: string, fit: Fit, box: Box): Diagnostic {
  const title = slide.title ? ` "${toPlainText(slide.title).slice(0, 60)}"` : '';
  return warning(
    'QUALITY',
    `PowerPoint slide ${index + 1}${title} (${slide.layout}): the ${what} needs about ${Math.round(fit.height)} px but its box is ${Math.round(box.h)} px, even at the smallest text size; it may overflow in PowerPoint (estimated with a wide fallback font)`,
    slide.source,
    'Shorten the text or split the slide in two.',
  );
}
