import path from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { Library } from '../validate/content.js';
import { baseLanguage } from '../i18n/messages.js';
import { findTopic } from '../validate/find-topic.js';

/**
 * Problems in the topic files a deck uses (the rest of the library does not concern this deck):
 * from the content folder's topics/, or the built-in library's for topics found there, and in
 * their translations into the deck's language when it is not English.
 */
export function problemsOfDeckTopics(library: Library, topics: (string | { topic: string })[], language?: string): Diagnostic[] {
  const lang = baseLanguage(language);
  const layers = new Map<Library, Set<string>>();
  for (const t of topics) {
    const found = findTopic(library, typeof t === 'string' ? t : t.topic);
    const files = layers.get(found.layer) ?? new Set<string>();
    files.add(`${found.id}.yaml`);
    if (lang !== 'en') files.add(`${found.id}.${lang}.yaml`);
    layers.set(found.layer, files);
  }
  return [...layers].flatMap(([layer, files]) =>
    layer.diagnostics.filter((d) => d.location && files.has(path.basename(d.location.file)) && inLayer(layer, d.location.file)),
  );
}

/** A diagnostic's file belongs to this layer's topics/ (labels are paths relative to the working folder or absolute). */
function inLayer(layer: Library, file: string): boolean {
  return path.resolve(path.dirname(file)) === path.join(layer.root, 'topics');
}
