import path from 'node:path';
import type { Diagnostic } from '../errors.js';
import { yamlFiles } from '../load/content-files.js';
import { resolveTarget } from '../load/resolve-target.js';
import { loadLibrary } from '../validate/load-library.js';
import { loadDeck } from '../validate/validate-deck.js';
import { loadTopic } from '../validate/validate-topic.js';
import { composeDeck } from '../model/compose-deck.js';
import { problemsOfDeckTopics } from '../model/deck-topics.js';
import type { DeckModel } from '../model/deck-model.js';
import type { LoadedDeck } from '../validate/content.js';
import { checkDeckTheme, glyphProblems } from './deck-theme.js';

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
  const resolved = await resolveTarget(target, cwd);
  if (resolved.kind === 'library') return validateLibrary(resolved.root, cwd);
  const report: ValidationReport = { files: 0, topics: 0, decks: 0, diagnostics: [...resolved.problems] };
  if (resolved.problems.length && resolved.kind !== 'folder') return report;
  const library = resolved.decks.length ? await loadLibrary(resolved.root, { cwd }) : undefined;
  for (const file of resolved.topics) {
    const topic = await loadTopic(file, { root: resolved.root, cwd });
    report.files++;
    if (topic.ok) report.topics++;
    report.diagnostics.push(...(topic.ok ? topic.warnings : topic.diagnostics));
  }
  for (const file of resolved.decks) {
    report.files++;
    const deck = await loadDeck(file, cwd);
    if (!deck.ok) {
      report.diagnostics.push(...deck.diagnostics);
      continue;
    }
    report.decks++;
    const composed = composeDeck(deck.value, library!);
    report.diagnostics.push(
      ...deck.warnings,
      ...problemsOfDeckTopics(library!, deck.value.data.topics, deck.value.data.language),
      ...(composed.ok ? composed.warnings : composed.diagnostics),
      ...(composed.ok ? buildNeeds(composed.value, deck.value) : []),
    );
  }
  return report;
}

/** What `build` needs beyond the files: the theme (manifest, colours, fonts) and fonts that can draw every character. */
function buildNeeds(model: DeckModel, deck: LoadedDeck): Diagnostic[] {
  const theme = checkDeckTheme(model, deck);
  return theme.ok ? [...theme.warnings, ...glyphProblems(model, theme.value)] : theme.diagnostics;
}

async function validateLibrary(root: string, cwd: string): Promise<ValidationReport> {
  const library = await loadLibrary(root, { cwd });
  const diagnostics = [...library.diagnostics];
  for (const deck of library.decks) {
    const r = composeDeck(deck, library);
    diagnostics.push(...(r.ok ? r.warnings : r.diagnostics), ...(r.ok ? buildNeeds(r.value, deck) : []));
  }
  const files = (await yamlFiles(path.join(root, 'topics'))).length + (await yamlFiles(path.join(root, 'decks'))).length;
  return { files, topics: library.topics.size, decks: library.decks.length, diagnostics };
}
