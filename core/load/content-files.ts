import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../options.js';

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

/** A translation file's name: `<topic-id>.<lang>.yaml` (topic ids hold no dots, so this is unambiguous). */
const TRANSLATION_FILE = /^([^.]+)\.([a-z]{2})\.ya?ml$/i;

/**
 * The .yaml files directly inside a folder, sorted by name; [] when the folder is missing.
 * Translation files (`<topic-id>.<lang>.yaml`) are not topics or decks and are left out.
 */
export async function yamlFiles(dir: string): Promise<string[]> {
  return (await allYamlFiles(dir)).filter((f) => !TRANSLATION_FILE.test(path.basename(f)));
}

/** The translation files (`<topic-id>.<lang>.yaml`) directly inside a folder, sorted by name. */
export async function translationFiles(dir: string): Promise<string[]> {
  return (await allYamlFiles(dir)).filter((f) => TRANSLATION_FILE.test(path.basename(f)));
}

/** The topic id and language of a translation file's name, or undefined for any other file. */
export function translationOf(file: string): { topicId: string; language: string } | undefined {
  const m = TRANSLATION_FILE.exec(path.basename(file));
  return m ? { topicId: m[1]!, language: m[2]!.toLowerCase() } : undefined;
}

async function allYamlFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.'))
    .slice(0, LIMITS.filesPerFolder)
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** The topic or deck id for a file: its name without the extension. */
export function topicIdFromFile(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

/** True when a parsed YAML value looks like a deck file rather than a topic file. */
export function looksLikeDeck(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'topics' in value && !('slides' in value);
}
