import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { findContentRoot, looksLikeDeck, translationOf, yamlFiles } from './content-files.js';
import { parseYaml } from './parse-yaml.js';
import { readSource } from './read-source.js';

/** What a path given to build, validate or check names. */
export type TargetKind = 'library' | 'folder' | 'deck' | 'topic';

/** A YAML file of a target, sorted out as deck or topic by its content. */
export interface TargetFile {
  file: string;
  kind: 'deck' | 'topic';
}

/** A path resolved to what it names. */
export interface ResolvedTarget {
  /**
   * `library`: a content folder (it holds topics/); `folder`: a folder of deck or topic files;
   * `deck`/`topic`: one file (a file that cannot be read or parsed counts as a topic, and its
   * problem is reported when it is loaded).
   */
  kind: TargetKind;
  /** Absolute path. */
  abs: string;
  /** The content folder the target belongs to: the nearest folder above holding topics/. */
  root: string;
  /** Deck files: decks/*.yaml of a library, the deck-like files of a folder, or the file itself. */
  decks: string[];
  /** Topic files outside a library's topics/ (loose files and a single topic file). */
  topics: string[];
  /** Problems finding the target (missing, an empty folder). */
  problems: Diagnostic[];
}

/**
 * The one resolver for "a file, a folder of decks, or a content library", shared by build,
 * validate and check: each command then does its own work on the same answer.
 */
export async function resolveTarget(target: string, cwd = process.cwd()): Promise<ResolvedTarget> {
  const abs = path.resolve(cwd, target);
  const base = { abs, root: findContentRoot(abs), decks: [] as string[], topics: [] as string[], problems: [] as Diagnostic[] };
  if (!existsSync(abs)) {
    const hint = 'Give a deck file, a topic file, a folder of deck files, or a content folder (one with topics/ and decks/).';
    return { ...base, kind: 'deck', problems: [error('FILE', 'file or folder not found', fileLocation(target), hint)] };
  }
  if (!statSync(abs).isDirectory()) {
    // A translation (topics/<id>.es.yaml) is validated and checked with its English topic.
    const tr = translationOf(abs);
    const english = tr && path.join(path.dirname(abs), `${tr.topicId}.yaml`);
    if (english && existsSync(english)) return { ...base, kind: 'topic', topics: [english] };
    const sorted = await sortFile(abs, cwd);
    return { ...base, kind: sorted.kind, decks: sorted.kind === 'deck' ? [abs] : [], topics: sorted.kind === 'topic' ? [abs] : [] };
  }
  if (existsSync(path.join(abs, 'topics')) && statSync(path.join(abs, 'topics')).isDirectory())
    return { ...base, root: abs, kind: 'library', decks: await yamlFiles(path.join(abs, 'decks')) };
  const files = await Promise.all((await yamlFiles(abs)).map((f) => sortFile(f, cwd)));
  const problems =
    files.length === 0
      ? [
          error(
            'FILE',
            'no .yaml files in this folder',
            fileLocation(displayPath(abs, cwd)),
            'Give a deck file, a topic file or a content folder.',
          ),
        ]
      : [];
  return {
    ...base,
    kind: 'folder',
    decks: files.filter((f) => f.kind === 'deck').map((f) => f.file),
    topics: files.filter((f) => f.kind === 'topic').map((f) => f.file),
    problems,
  };
}

/** A deck or a topic, by what the file holds. */
async function sortFile(file: string, cwd: string): Promise<TargetFile> {
  const label = displayPath(file, cwd);
  const source = await readSource(file, label);
  const parsed = source.ok ? parseYaml(source.value, label) : undefined;
  return { file, kind: parsed?.ok && looksLikeDeck(parsed.value.value) ? 'deck' : 'topic' };
}
