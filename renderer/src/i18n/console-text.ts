/**
 * The presenter console's words, in the deck's language. They are data, as the deck's own words
 * are (core/i18n): one JSON catalogue per language here for the console's labels, and core's
 * catalogue for the words both the console and the exported deck's speaker view use ("Slide n of
 * m", "Next: …", "Pause"). tests/renderer/console-text.test.ts checks that every language has
 * every key, so a translator edits data, never code.
 */
import { baseLanguage, t, type MessageKey } from '../../../core/i18n/messages.js';
import type { Language } from '../../../core/options.js';
import en from './console-en.json' with { type: 'json' };
import es from './console-es.json' with { type: 'json' };

/** A key of the console catalogue. */
export type ConsoleKey = keyof typeof en;

/** Each language's console catalogue. */
export const CONSOLE_CATALOGUES: Record<Language, Record<ConsoleKey, string>> = { en, es };

/** A console word: a console key, or one of core's `presenter.*` keys. */
export type SayKey = ConsoleKey | Extract<MessageKey, `presenter.${string}`>;

/** Words in one language. */
export type Say = (key: SayKey, vars?: Record<string, string | number>) => string;

/** The console's words in the language of `tag` (`es-MX` → Spanish); unknown languages get English. */
export function consoleText(tag: string | undefined): Say {
  const catalogue = CONSOLE_CATALOGUES[baseLanguage(tag)];
  return (key, vars = {}) => {
    if (key.startsWith('presenter.')) return t(tag, key as MessageKey, vars);
    const text = catalogue[key as ConsoleKey] ?? CONSOLE_CATALOGUES.en[key as ConsoleKey];
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

/**
 * Relabel the static parts of a page in one language: `data-say="key"` sets an element's text,
 * `data-say-label` its aria-label and `data-say-title` its title.
 */
export function relabel(root: ParentNode, say: Say): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-say]')) el.textContent = say(el.dataset['say'] as SayKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-say-label]'))
    el.setAttribute('aria-label', say(el.dataset['sayLabel'] as SayKey));
  for (const el of root.querySelectorAll<HTMLElement>('[data-say-title]')) el.title = say(el.dataset['sayTitle'] as SayKey);
}
