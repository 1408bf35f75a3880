/**
 * How a deck's topic name finds its topic: the content folder's own topics first, then the
 * built-in library; `builtin:<id>` always means the built-in one (for when a name is taken).
 */
import path from 'node:path';
import { displayPath } from '../confine.js';
import type { Library, LoadedTopic } from './content.js';

/** The prefix that names a built-in topic explicitly, e.g. `builtin:educational-disclaimer`. */
export const BUILTIN_PREFIX = 'builtin:';

/** Where a topic name led. */
export interface FoundTopic {
  /** The name as the deck wrote it (`car-t-cell-therapy` or `builtin:car-t-cell-therapy`). */
  name: string;
  /** The topic id (file name without .yaml). */
  id: string;
  /** Which layer it came from. */
  origin: 'own' | 'builtin';
  /** The layer's library (its root is the folder images resolve in). */
  layer: Library;
  /** The topic, when it loaded. */
  topic?: LoadedTopic;
  /** The file exists but has errors. */
  broken: boolean;
  /** The built-in topic that the content folder's own copy of the same id hides. */
  hides?: LoadedTopic;
}

/** Find a topic by the name a deck gives it. */
export function findTopic(library: Library, name: string): FoundTopic {
  const explicit = name.startsWith(BUILTIN_PREFIX);
  const id = explicit ? name.slice(BUILTIN_PREFIX.length) : name;
  const builtin = library.builtin;
  if (explicit) {
    // The built-in library itself answers "builtin:" names too, so its own decks may use them.
    const layer = builtin ?? library;
    return { name, id, origin: 'builtin', layer, topic: layer.topics.get(id), broken: layer.broken.has(id) };
  }
  const own = library.topics.get(id);
  if (own || library.broken.has(id) || !builtin)
    return { name, id, origin: 'own', layer: library, topic: own, broken: library.broken.has(id), hides: builtin?.topics.get(id) };
  return { name, id, origin: 'builtin', layer: builtin, topic: builtin.topics.get(id), broken: builtin.broken.has(id) };
}

/** Every topic name a deck may use here: own ids, built-in ids not hidden, and `builtin:` names of hidden ones. */
export function topicNames(library: Library): string[] {
  const own = topicIds(library);
  const builtin = library.builtin ? topicIds(library.builtin) : [];
  return [...own, ...builtin.map((id) => (own.includes(id) ? `${BUILTIN_PREFIX}${id}` : id))];
}

/** The ids of a layer's topics: those read and those present but not read ({@link Library.unread}). */
export function topicIds(layer: Library): string[] {
  return [...layer.topics.keys(), ...(layer.unread ?? [])];
}

/** "Run `immunodeck list …`" with `--content <dir>` when the library is not the built-in one. */
export function listCommandHint(library: Library): string {
  const shown = path.resolve(library.root) === process.cwd() ? '.' : displayPath(library.root);
  const content = library.builtin ? ` --content ${quoteArg(shown)}` : '';
  return `Run \`immunodeck list${content}\` to see the topic ids.`;
}

function quoteArg(p: string): string {
  return /^[\w./:\\-]+$/.test(p) ? p : `"${p}"`;
}
