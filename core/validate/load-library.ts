import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import type { Library, LoadedDeck, LoadedTopic } from './content.js';
import { confineAbsolute } from '../confine.js';
import { topicIdFromFile, yamlFiles } from '../load/content-files.js';
import { loadDeck } from './validate-deck.js';
import { loadTopic } from './validate-topic.js';

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
  for (const file of await listYaml(abs, 'topics', diagnostics)) {
    const r = await loadTopic(file, { root: abs, cwd: options.cwd });
    if (r.ok) {
      topics.set(r.value.id, r.value);
      diagnostics.push(...r.warnings);
    } else {
      broken.add(topicIdFromFile(file));
      diagnostics.push(...r.diagnostics);
    }
  }
  for (const file of await listYaml(abs, 'decks', diagnostics)) {
    const r = await loadDeck(file, options.cwd);
    if (r.ok) {
      decks.push(r.value);
      diagnostics.push(...r.warnings);
    } else diagnostics.push(...r.diagnostics);
  }
  return { root: abs, topics, decks, broken, diagnostics };
}

/**
 * The YAML files of `<root>/<name>`, or none when that folder is a link that leads out of the
 * content folder (then a FILE error says so): a shared folder must not make us read elsewhere.
 */
async function listYaml(root: string, name: 'topics' | 'decks', diagnostics: Diagnostic[]): Promise<string[]> {
  const dir = path.join(root, name);
  if (!existsSync(dir) || confineAbsolute(root, dir, { mustExist: true })) return yamlFiles(dir);
  diagnostics.push(
    error(
      'FILE',
      `${name}/ is a link to a folder outside the content folder, so it was not read`,
      fileLocation(path.join(root, name)),
      `Make ${name}/ a real folder inside the content folder.`,
    ),
  );
  return [];
}
