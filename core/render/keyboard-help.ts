/**
 * reveal.js's keyboard help (press ? in an exported deck) lists its shortcuts in English, with the
 * texts written into reveal.js itself. A deck in another language carries the translations as data
 * in its config; templates/deck-init.js swaps them into the overlay when reveal.js draws it. English
 * decks carry nothing, so reveal.js's own help is shown unchanged.
 */
import { baseLanguage, t, type MessageKey } from '../i18n/messages.js';

/** reveal.js 6's English help texts (KeyboardController.configure and showHelp), and their catalogue keys. */
const REVEAL_HELP: Record<string, MessageKey> = {
  'Keyboard Shortcuts': 'keyboardHelp.title',
  KEY: 'keyboardHelp.key',
  ACTION: 'keyboardHelp.action',
  'Next slide': 'keyboardHelp.nextSlide',
  'Previous slide': 'keyboardHelp.previousSlide',
  'Navigate left': 'keyboardHelp.left',
  'Navigate right': 'keyboardHelp.right',
  'Navigate up': 'keyboardHelp.up',
  'Navigate down': 'keyboardHelp.down',
  'Navigate without fragments': 'keyboardHelp.noFragments',
  'Jump to first/last slide': 'keyboardHelp.firstLast',
  Pause: 'keyboardHelp.pause',
  Fullscreen: 'keyboardHelp.fullscreen',
  'Jump to slide': 'keyboardHelp.jump',
  'Slide overview': 'keyboardHelp.overview',
  'Speaker notes view': 'keyboardHelp.speakerView',
  // The space bar's name inside the key column ("N , SPACE"), replaced as a word.
  SPACE: 'keyboardHelp.space',
};

/** The help overlay's texts for `lang`, English → translation; undefined for English decks. */
export function keyboardHelpTexts(lang: string): Record<string, string> | undefined {
  if (baseLanguage(lang) === 'en') return undefined;
  return Object.fromEntries(Object.entries(REVEAL_HELP).map(([english, key]) => [english, t(lang, key)]));
}

/** The English texts this module translates (tests check each is still in reveal.js). */
export const REVEAL_HELP_TEXTS = Object.keys(REVEAL_HELP);
