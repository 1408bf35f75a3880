/**
 * The speaker view (press S in an exported deck) is a page that reveal.js's notes plugin writes
 * into a new window from a template literal inside notes.js. reveal.js has no option for its
 * labels, so a deck in another language gets a copy of notes.js with those labels replaced from
 * the message catalogue. Each label is replaced in its exact surrounding markup or code, so a
 * reveal.js upgrade that changes one is reported (as a warning) instead of half-translating.
 */
import { baseLanguage, t, type MessageKey } from '../i18n/messages.js';
import labels from '../i18n/speaker-view-labels.json' with { type: 'json' };

/** One label of the speaker view: its English source text around `{}`, the catalogue key for `{}`. */
export interface SpeakerViewLabel {
  /** The exact text in notes.js, with `{}` where the label goes. */
  around: string;
  /** The English label at `{}` in reveal.js's notes.js. */
  english: string;
  key: MessageKey;
}

/**
 * Every label of the speaker view, where it sits in notes.js (core/i18n/speaker-view-labels.json: kept as data
 * because it quotes reveal.js's page code), and its catalogue key.
 */
export const SPEAKER_VIEW_LABELS = labels as readonly SpeakerViewLabel[];

/** Notes.js for one language, and the English labels it could not find (empty when all were replaced). */
export interface LocalizedNotesPlugin {
  js: string;
  missing: string[];
}

/**
 * reveal.js's notes plugin with the speaker view's labels, document language and clock format in
 * the language of `lang`. English returns the file unchanged, so its script hash stays reveal's.
 */
export function localizeNotesPlugin(notesJs: string, lang: string): LocalizedNotesPlugin {
  if (baseLanguage(lang) === 'en') return { js: notesJs, missing: [] };
  let js = notesJs;
  const missing: string[] = [];
  for (const label of SPEAKER_VIEW_LABELS) {
    const from = label.around.replace('{}', label.english);
    const at = js.indexOf(from);
    if (at < 0) {
      missing.push(label.english);
      continue;
    }
    const to = label.around.replace('{}', safeLabel(t(lang, label.key), label.english));
    js = js.slice(0, at) + to + js.slice(at + from.length);
  }
  return { js, missing };
}

/**
 * The labels sit in a template literal, some inside single-quoted strings and HTML: a translation
 * with a quote, backtick, `$`, backslash or `<` (other than a `<br>`) would change the code, so it is
 * refused and the English label kept (tests/core/speaker-view.test.ts keeps the catalogues clean).
 */
function safeLabel(text: string, english: string): string {
  return /[`'$\\]|<(?!br>)/.test(text) ? english : text;
}

/** The catalogue keys of the speaker view, for tests that check every language's labels. */
export const SPEAKER_VIEW_KEYS: readonly MessageKey[] = SPEAKER_VIEW_LABELS.map((l) => l.key);

/** Whether a catalogue text can be placed in the speaker view as it is. */
export function isSafeSpeakerLabel(text: string): boolean {
  return safeLabel(text, '\u0000') === text;
}
