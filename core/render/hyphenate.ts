// The package has no exports map, so Node's ESM loader needs the file itself.
import spanish from 'hyphen/es/index.js';
import { baseLanguage } from '../i18n/messages.js';

/**
 * Spanish words run long, and a narrow column or a large-print theme otherwise leaves ragged
 * gaps or overflowing words. CSS `hyphens: auto` would do this, but Chromium on Linux (our PDF
 * engine) ships no hyphenation dictionaries, so it does nothing there. We insert soft hyphens
 * (U+00AD) with the `hyphen` package's Spanish TeX patterns instead: the browser breaks a word
 * only there and draws no hyphen elsewhere, in every output. Headings and references opt out
 * in CSS (`hyphens: none`), which makes the browser ignore soft hyphens.
 */

/** Only long words are broken ("inmunoterapia"); shorter ones stay whole ("medicina", "síntomas"). */
const MIN_WORD_LENGTH = 10;

/** Add soft hyphens to the text (not the tags or attributes) of sanitized HTML in the page's language. */
export function hyphenateHtml(html: string, lang: string | undefined): string {
  if (baseLanguage(lang) !== 'es' || html === '') return html;
  return spanish.hyphenateSync(html, { minWordLength: MIN_WORD_LENGTH });
}
