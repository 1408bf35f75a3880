import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import type { Library, LoadedDeck, LoadedTopic } from '../model/content.js';
import { loadDeck } from './load-deck.js';
import { loadTopic, topicIdFromFile } from './load-topic.js';

/** Most files one content folder may hold, so pointing at / by mistake ends quickly. */
const MAX_FILES = 2000;

/**
 * Find the content folder for a file or folder: the nearest folder, going up, that holds a
 * `topics/` folder. Falls back to the file's own folder.
 */
export function findContentRoot(start: string): string {
  let dir = path.resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'topics')) && statSync(path.join(dir, 'topics')).isDirectory()) return dir;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return path.resolve(start, existsSync(start) && statSync(start).isDirectory() ? '.' : '..');
}

/** Options for {@link loadLibrary}. */
export interface LoadLibraryOptions {
  /** Working folder for the paths shown in messages. @default process.cwd() */
  cwd?: string;
}

/**
 * Load every topic (topics/*.yaml) and deck (decks/*.yaml) of a content folder, collecting all
 * problems of all files in one pass.
 */
export async function loadLibrary(root: string, options: LoadLibraryOptions = {}): Promise<Library> {
  const abs = path.resolve(root);
  const diagnostics: Diagnostic[] = [];
  const topics = new Map<string, LoadedTopic>();
  const decks: LoadedDeck[] = [];
  const broken = new Set<string>();
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    diagnostics.push(error('FILE', 'content folder not found', fileLocation(root), 'Give a folder that holds topics/ and decks/.'));
    return { root: abs, topics, decks, broken, diagnostics };
  }
  for (const file of await yamlFiles(path.join(abs, 'topics'))) {
    const r = await loadTopic(file, { root: abs, cwd: options.cwd });
    if (r.ok) {
      topics.set(r.value.id, r.value);
      diagnostics.push(...r.warnings);
    } else {
      broken.add(topicIdFromFile(file));
      diagnostics.push(...r.diagnostics);
    }
  }
  for (const file of await yamlFiles(path.join(abs, 'decks'))) {
    const r = await loadDeck(file, options.cwd);
    if (r.ok) {
      decks.push(r.value);
      diagnostics.push(...r.warnings);
    } else diagnostics.push(...r.diagnostics);
  }
  return { root: abs, topics, decks, broken, diagnostics };
}

/** The .yaml files directly inside a folder, sorted by name; [] when the folder is missing. */
export async function yamlFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.'))
    .slice(0, MAX_FILES)
    .map((e) => path.join(dir, e.name))
    .sort();
}
