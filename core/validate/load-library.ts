import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { BUILTIN_CONTENT_DIR } from '../paths.js';
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
  /**
   * The built-in library searched after this folder's topics: `false` for none, or one already
   * loaded (batch builds share it). @default the built-in topics, unless `root` is the built-in library
   */
  builtin?: Library | false;
  /**
   * Read only these topics (ids, in both layers); the other topic files are listed by id in
   * {@link Library.unread}, and decks and stray translations are not read. A deck job that loads
   * its own library needs only the topics its deck names.
   */
  only?: ReadonlySet<string>;
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
 * Load every topic (topics/*.yaml, with its translations topics/*.<lang>.yaml) and deck (decks/*.yaml)
 * of a content folder, collecting all problems of all files in one pass. An educator's folder also gets
 * the built-in topics as a read-only fallback layer ({@link Library.builtin}), so its decks can use
 * them without copying.
 */
export async function loadLibrary(root: string, options: LoadLibraryOptions = {}): Promise<Library> {
  const abs = path.resolve(root);
  const { only, cwd } = options;
  const own = await loadLayer(abs, cwd, true, only);
  const builtin =
    options.builtin === false || isBuiltinRoot(abs)
      ? undefined
      : (options.builtin ?? (only ? await loadLayer(BUILTIN_CONTENT_DIR, cwd, false, only) : await loadBuiltinTopics(cwd)));
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

async function loadLayer(abs: string, cwd: string | undefined, withDecks: boolean, only?: ReadonlySet<string>): Promise<Library> {
  const diagnostics: Diagnostic[] = [];
  const topics = new Map<string, LoadedTopic>();
  const decks: LoadedDeck[] = [];
  const broken = new Set<string>();
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return { root: abs, topics, decks, broken, diagnostics };
  const unread = only ? new Set<string>() : undefined;
  for (const file of await listYaml(abs, 'topics', diagnostics)) {
    if (unread && !only!.has(topicIdFromFile(file))) {
      unread.add(topicIdFromFile(file));
      continue;
    }
    const r = await loadTopic(file, { root: abs, cwd });
    if (r.ok) {
      topics.set(r.value.id, r.value);
      diagnostics.push(...r.warnings);
    } else {
      broken.add(topicIdFromFile(file));
      diagnostics.push(...r.diagnostics);
    }
  }
  // A library read for one deck: the other files are not its concern (validate and check read them all).
  if (unread) return { root: abs, topics, decks, broken, diagnostics, unread };
  diagnostics.push(...(await strayTranslations(path.join(abs, 'topics'), topics, broken, cwd)));
  if (!withDecks) return { root: abs, topics, decks, broken, diagnostics };
  for (const file of await listYaml(abs, 'decks', diagnostics)) {
    const r = await loadDeck(file, cwd);
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
