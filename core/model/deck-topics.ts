import path from 'node:path';
import type { Diagnostic } from '../errors.js';
import type { Library } from '../validate/content.js';

/** Problems in the topic files a deck uses (the rest of the library does not concern this deck). */
export function problemsOfDeckTopics(library: Library, topics: (string | { topic: string })[]): Diagnostic[] {
  const files = new Set(topics.map((t) => `${typeof t === 'string' ? t : t.topic}.yaml`));
  return library.diagnostics.filter((d) => d.location && files.has(path.basename(d.location.file)));
}
