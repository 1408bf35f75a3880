/**
 * The speaker view (press S in an exported deck) is a page that reveal.js's notes plugin writes
 * into a new window from a template literal inside notes.js. reveal.js has no option for its
 * labels, so a deck in another language gets a copy of notes.js with those labels replaced from
 * the message catalogue. Each label is replaced in its exact surrounding markup or code, so a
 * reveal.js upgrade that changes one is reported (as a warning) instead of half-translating.
 */
import { baseLanguage, t, type MessageKey } from '../i18n/messages.js';

/** One label of the speaker view: its English source text around `{}`, the catalogue key for `{}`. */
export interface SpeakerViewLabel {
  /** The exact text in notes.js, with `{}` where the label goes. */
  around: string;
  /** The English label at `{}` in reveal.js's notes.js. */
  english: string;
  key: MessageKey;
}

/** Every label of the speaker view, where it sits in notes.js, and its catalogue key. */
export const SPEAKER_VIEW_LABELS: readonly SpeakerViewLabel[] = [
  { around: '<html lang="{}">', english: 'en', key: 'speakerView.lang' },
  { around: '<title>{}</title>', english: 'reveal.js - Speaker View', key: 'speakerView.title' },
  { around: '<div id="connection-status">{}</div>', english: 'Loading speaker view...', key: 'speakerView.loading' },
  { around: '<span class="overlay-element label">{}</span>', english: 'Upcoming', key: 'speakerView.upcoming' },
  { around: '<h4 class="label">{} <span class="reset-button">', english: 'Time', key: 'speakerView.time' },
  { around: '<span class="reset-button">{}</span>', english: 'Click to Reset', key: 'speakerView.reset' },
  { around: '<span class="clock-value">{}</span>', english: '0:00 AM', key: 'speakerView.clockStart' },
  { around: "toLocaleTimeString( '{}',", english: 'en-US', key: 'speakerView.clockLocale' },
  { around: 'style="display: none">{}</h4>', english: 'Pacing – Time to finish current slide', key: 'speakerView.pacing' },
  { around: '<h4 class="label">{}</h4>', english: 'Notes', key: 'speakerView.notes' },
  { around: "layoutLabel.innerHTML = '{}' +", english: 'Layout', key: 'speakerView.layout' },
  { around: "'default': '{}',", english: 'Default', key: 'speakerView.layoutDefault' },
  { around: "'wide': '{}',", english: 'Wide', key: 'speakerView.layoutWide' },
  { around: "'tall': '{}',", english: 'Tall', key: 'speakerView.layoutTall' },
  { around: "'notes-only': '{}'", english: 'Notes only', key: 'speakerView.layoutNotesOnly' },
  {
    around: "connectionStatus.innerHTML = '{}';",
    english: 'Cross origin error.<br>The speaker window can only be opened from the same origin.',
    key: 'speakerView.crossOrigin',
  },
  {
    around: "connectionStatus.innerHTML = '{}';",
    english: 'Error connecting to main window.<br>Please try closing and reopening the speaker view.',
    key: 'speakerView.connectError',
  },
  // Outside the page: the main window's alert and the S key's entry in reveal's help overlay (?).
  {
    around: 'alert(`{}`)',
    english: 'Speaker view popup failed to open. Please make sure popups are allowed and reopen the speaker view.',
    key: 'speakerView.popupBlocked',
  },
  { around: 'description:`{}`', english: 'Speaker notes view', key: 'speakerView.shortcut' },
];

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
