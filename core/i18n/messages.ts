import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../options.js';

/**
 * Every word ImmunoDeck adds to a deck (slide chrome, generated slides and notes, handout and
 * notes-page headers and footers, PDF metadata, the presenter view's labels) comes from a message
 * catalogue, one JSON file per language (core/i18n/en.json, es.json), so a translator edits data,
 * not code. A leaf module: every stage (model, render, export) and the app's renderer may import it.
 */

/** A message key: every key of the English catalogue. */
export type MessageKey = keyof typeof en;
/** A whole catalogue. */
export type Catalogue = Record<MessageKey, string>;

/** Each language's catalogue; tests/core/i18n.test.ts checks that each has every English key. */
export const CATALOGUES: Record<Language, Catalogue> = { en, es };

/** The product language of a document language tag: `es-MX` → `es`; unknown tags → `en`. */
export function baseLanguage(tag: string | undefined): Language {
  const base = (tag ?? DEFAULT_LANGUAGE).slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : DEFAULT_LANGUAGE;
}

/**
 * The message `key` in the language of `tag`, with `{name}` placeholders filled from `vars`.
 * A key missing from a catalogue falls back to English rather than showing the key.
 */
export function t(tag: string | undefined, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = CATALOGUES[baseLanguage(tag)][key] ?? CATALOGUES.en[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? formatValue(tag, vars[name]!) : m));
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** {@link t} bound to one language tag. */
export function translator(tag: string | undefined): Translate {
  return (key, vars) => t(tag, key, vars);
}

function formatValue(tag: string | undefined, value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(localeOf(tag)).format(value) : value;
}

/** A locale Intl understands for a language tag (`es` → `es`, `en` → `en-US`). */
function localeOf(tag: string | undefined): string {
  const base = baseLanguage(tag);
  return tag && tag.length > 2 ? tag : base === 'en' ? 'en-US' : base;
}

/**
 * A YYYY-MM-DD date written out in the document's language with Intl (`2026-11-23` → "November 23,
 * 2026" / "23 de noviembre de 2026"). Anything else (free text such as "Spring 2026") is returned as is.
 */
export function formatDate(tag: string | undefined, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(tag), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
