/**
 * Characters a deck's fonts cannot draw (emoji, arrows, check marks and other symbols outside the
 * font): reported before they print as empty boxes, or in a fallback font that differs from machine
 * to machine.
 */
import { warning, type Diagnostic } from '../errors.js';
import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { fontCoverage } from './font-coverage.js';
import { onScreenText } from './slide-text.js';

/** Characters that draw nothing themselves: spaces, controls, zero-width joiners and marks, variation selectors. */
function isInvisible(cp: number): boolean {
  return (
    cp <= 0x20 ||
    (cp >= 0x7f && cp <= 0xa0) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    /\s/u.test(String.fromCodePoint(cp))
  );
}

/**
 * One warning per slide that has characters none of `fontFiles` can draw, at the slide's line.
 * No fonts (a theme that uses the system's): nothing to check.
 */
export function checkGlyphs(model: DeckModel, fontFiles: string[], fontName: string): Diagnostic[] {
  const fonts = fontFiles.map(fontCoverage).filter((s) => s.size > 0);
  if (fonts.length === 0) return [];
  const drawable = (cp: number) => fonts.some((f) => f.has(cp));
  const out: Diagnostic[] = [];
  for (const slide of model.slides) {
    const missing = new Set<string>();
    for (const unit of [...onScreenText(slide), ...(slide.notes ? [slide.notes] : [])])
      for (const ch of unit) if (!isInvisible(ch.codePointAt(0)!) && !drawable(ch.codePointAt(0)!)) missing.add(ch);
    if (missing.size) out.push(glyphWarning(slide, [...missing], fontName));
  }
  return out;
}

function glyphWarning(slide: SlideModel, chars: string[], fontName: string): Diagnostic {
  const shown = chars
    .slice(0, 6)
    .map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  const more = chars.length > 6 ? ` and ${chars.length - 6} more` : '';
  return warning(
    'QUALITY',
    `slide "${slide.key}": ${fontName} cannot draw ${shown}${more}; ${chars.length === 1 ? 'it' : 'they'} may print as empty boxes`,
    slide.source,
    'Use words instead (e.g. "call now" for ☎, "yes" for ✓), or a character the font has: – — “ ” • ± are fine.',
  );
}
