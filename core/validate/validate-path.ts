import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { loadDeck, looksLikeDeck } from '../load/load-deck.js';
import { findContentRoot, loadLibrary, yamlFiles } from '../load/load-library.js';
import { loadTopic } from '../load/load-topic.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { displayPath } from '../load/safe-path.js';
import { composeDeck } from '../model/compose-deck.js';
import { problemsOfDeckTopics } from '../model/deck-topics.js';

/** What {@link validatePath} checked and found. */
export interface ValidationReport {
  /** Files checked. */
  files: number;
  topics: number;
  decks: number;
  diagnostics: Diagnostic[];
}

/**
 * Validate a topic file, a deck file (with the topics it names), a content folder (topics/ and
 * decks/), or a folder of loose YAML files. Collects every problem of every file.
 */
export async function validatePath(target: string, cwd = process.cwd()): Promise<ValidationReport> {
  const abs = path.resolve(cwd, target);
  if (!existsSync(abs))
    return {
      files: 0,
      topics: 0,
      decks: 0,
      diagnostics: [error('FILE', 'file or folder not found', fileLocation(target), 'Check the path.')],
    };
  if (statSync(abs).isDirectory()) {
    if (existsSync(path.join(abs, 'topics'))) return validateLibrary(abs, cwd);
    return validateLooseFolder(abs, cwd);
  }
  return validateFile(abs, cwd);
}

async function validateLibrary(root: string, cwd: string): Promise<ValidationReport> {
  const library = await loadLibrary(root, { cwd });
  const diagnostics = [...library.diagnostics];
  for (const deck of library.decks) {
    const r = composeDeck(deck, library);
    diagnostics.push(...(r.ok ? r.warnings : r.diagnostics));
  }
  const files = (await yamlFiles(path.join(root, 'topics'))).length + (await yamlFiles(path.join(root, 'decks'))).length;
  return { files, topics: library.topics.size, decks: library.decks.length, diagnostics };
}

async function validateLooseFolder(dir: string, cwd: string): Promise<ValidationReport> {
  const report: ValidationReport = { files: 0, topics: 0, decks: 0, diagnostics: [] };
  for (const file of await yamlFiles(dir)) {
    const r = await validateFile(file, cwd);
    report.files += r.files;
    report.topics += r.topics;
    report.decks += r.decks;
    report.diagnostics.push(...r.diagnostics);
  }
  if (report.files === 0)
    report.diagnostics.push(
      error(
        'FILE',
        'no .yaml files in this folder',
        fileLocation(displayPath(dir, cwd)),
        'Give a topic file, a deck file, or a content folder with topics/ and decks/.',
      ),
    );
  return report;
}

async function validateFile(file: string, cwd: string): Promise<ValidationReport> {
  const label = displayPath(file, cwd);
  const source = await readSource(file, label);
  if (!source.ok) return { files: 1, topics: 0, decks: 0, diagnostics: source.diagnostics };
  const parsed = parseYaml(source.value, label);
  if (parsed.ok && looksLikeDeck(parsed.value.value)) {
    const deck = await loadDeck(file, cwd);
    if (!deck.ok) return { files: 1, topics: 0, decks: 0, diagnostics: deck.diagnostics };
    const library = await loadLibrary(findContentRoot(file), { cwd });
    const composed = composeDeck(deck.value, library);
    const topicProblems = problemsOfDeckTopics(library, deck.value.data.topics);
    return {
      files: 1,
      topics: 0,
      decks: 1,
      diagnostics: [...deck.warnings, ...topicProblems, ...(composed.ok ? composed.warnings : composed.diagnostics)],
    };
  }
  const topic = await loadTopic(file, { root: findContentRoot(file), cwd });
  return { files: 1, topics: topic.ok ? 1 : 0, decks: 0, diagnostics: topic.ok ? topic.warnings : topic.diagnostics };
}
