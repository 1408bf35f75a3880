import path from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { Library } from '../validate/content.js';
import { baseLanguage } from '../i18n/messages.js';

/**
 * Problems in the topic files a deck uses (the rest of the library does not concern this deck),
 * and in their translations into the deck's language when it is not English.
 */
export function problemsOfDeckTopics(library: Library, topics: (string | { topic: string })[], language?: string): Diagnostic[] {
  const lang = baseLanguage(language);
  const ids = topics.map((t) => (typeof t === 'string' ? t : t.topic));
  const files = new Set([...ids.map((id) => `${id}.yaml`), ...(lang === 'en' ? [] : ids.map((id) => `${id}.${lang}.yaml`))]);
  return library.diagnostics.filter((d) => d.location && files.has(path.basename(d.location.file)));
}
