import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { BUILTIN_CONTENT_DIR } from '../paths.js';
import type { Library, LoadedDeck, LoadedTopic } from './content.js';
import { topicIdFromFile, yamlFiles } from '../load/content-files.js';
import { loadDeck } from './validate-deck.js';
import { loadTopic } from './validate-topic.js';

/** Options for {@link loadLibrary}. */
export interface LoadLibraryOptions {
  /** Working folder for the paths shown in messages. @default process.cwd() */
  cwd?: string;
  /**
   * The built-in library searched after this folder's topics: `false` for none, or one already
   * loaded (batch builds share it). @default the built-in topics, unless `root` is the built-in library
   */
  builtin?: Library | false;
}

/**
 * Load every topic (topics/*.yaml) and deck (decks/*.yaml) of a content folder, collecting all
 * problems of all files in one pass. An educator's folder also gets the built-in topics as a
 * read-only fallback layer ({@link Library.builtin}), so its decks can use them without copying.
 */
export async function loadLibrary(root: string, options: LoadLibraryOptions = {}): Promise<Library> {
  const abs = path.resolve(root);
  const own = await loadLayer(abs, options.cwd, true);
  const builtin = options.builtin === false || isBuiltinRoot(abs) ? undefined : (options.builtin ?? (await loadBuiltinTopics(options.cwd)));
  if (builtin) own.builtin = builtin;
  if (!existsSync(abs) || !statSync(abs).isDirectory())
    own.diagnostics.push(error('FILE', 'content folder not found', fileLocation(root), 'Give a folder that holds topics/ and decks/.'));
  return own;
}

let builtinCache: { key: string; library: Promise<Library> } | undefined;

/**
 * The built-in topics alone (no decks), as the fallback layer of another library. Kept while no
 * built-in topic file changes (by name, size and time), so the app's reload after each save stays fast.
 */
export async function loadBuiltinTopics(cwd?: string): Promise<Library> {
  const files = await yamlFiles(path.join(BUILTIN_CONTENT_DIR, 'topics'));
  const key = [cwd ?? process.cwd(), ...files.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`)].join('|');
  if (builtinCache?.key !== key) builtinCache = { key, library: loadLayer(BUILTIN_CONTENT_DIR, cwd, false) };
  return builtinCache.library;
}

/** True when `abs` is the built-in content folder itself. */
export function isBuiltinRoot(abs: string): boolean {
  return path.resolve(abs) === path.resolve(BUILTIN_CONTENT_DIR);
}

async function loadLayer(abs: string, cwd: string | undefined, withDecks: boolean): Promise<Library> {
  const diagnostics: Diagnostic[] = [];
  const topics = new Map<string, LoadedTopic>();
  const decks: LoadedDeck[] = [];
  const broken = new Set<string>();
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return { root: abs, topics, decks, broken, diagnostics };
  for (const file of await yamlFiles(path.join(abs, 'topics'))) {
    const r = await loadTopic(file, { root: abs, cwd });
    if (r.ok) {
      topics.set(r.value.id, r.value);
      diagnostics.push(...r.warnings);
    } else {
      broken.add(topicIdFromFile(file));
      diagnostics.push(...r.diagnostics);
    }
  }
  if (!withDecks) return { root: abs, topics, decks, broken, diagnostics };
  for (const file of await yamlFiles(path.join(abs, 'decks'))) {
    const r = await loadDeck(file, cwd);
    if (r.ok) {
      decks.push(r.value);
      diagnostics.push(...r.warnings);
    } else diagnostics.push(...r.diagnostics);
  }
  return { root: abs, topics, decks, broken, diagnostics };
}
