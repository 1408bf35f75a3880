import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import type { Library, LoadedDeck, LoadedTopic } from './content.js';
import { confineAbsolute } from '../confine.js';
import { topicIdFromFile, translationFiles, translationOf, yamlFiles } from '../load/content-files.js';
import { orphanTranslation } from './validate-translation.js';
import { TRANSLATION_LANGUAGES } from './translation-schema.js';
import { loadDeck } from './validate-deck.js';
import { loadTopic } from './validate-topic.js';

/** Options for {@link loadLibrary}. */
export interface LoadLibraryOptions {
  /** Working folder for the paths shown in messages. @default process.cwd() */
  cwd?: string;
}

/** Translation files that belong to no topic, or are in a language ImmunoDeck does not build. */
async function strayTranslations(dir: string, topics: Map<string, LoadedTopic>, broken: Set<string>, cwd?: string): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const file of await translationFiles(dir)) {
    const { topicId, language } = translationOf(file)!;
    if (!topics.has(topicId) && !broken.has(topicId)) out.push(orphanTranslation(file, [...topics.keys()], cwd));
    else if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(language))
      out.push(
        error(
          'FILE',
          `"${language}" is not a language ImmunoDeck builds decks in`,
          fileLocation(displayPath(file, cwd)),
          `Translations may be written in: ${TRANSLATION_LANGUAGES.join(', ')}.`,
        ),
      );
  }
  return out;
}

/**
 * Load every topic (topics/*.yaml, with its translations topics/*.<lang>.yaml) and deck (decks/*.yaml) of a content folder, collecting all
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
  diagnostics.push(...(await strayTranslations(path.join(abs, 'topics'), topics, broken, options.cwd)));
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
