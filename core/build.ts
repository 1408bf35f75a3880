import path from 'node:path';
import { error, fileLocation } from './errors.js';
import { writeFileAtomic } from './export/atomic-write.js';
import { loadDeck } from './load/load-deck.js';
import { findContentRoot, loadLibrary } from './load/load-library.js';
import { displayPath } from './load/safe-path.js';
import { problemsOfDeckTopics } from './model/deck-topics.js';
import type { Library } from './model/content.js';
import { composeDeck, type ComposeOptions } from './model/compose-deck.js';
import type { DeckModel } from './model/deck-model.js';
import { renderDeck, type RenderOptions } from './render/render-deck.js';
import { fail, ok, type Result } from './result.js';

/** Options for {@link buildDeck}. */
export interface BuildOptions extends ComposeOptions, RenderOptions {
  /** Content folder. @default the nearest folder above the deck file that holds topics/ */
  contentRoot?: string;
  /** A library already loaded (batch builds load it once). */
  library?: Library;
  /** Working folder for paths in messages. */
  cwd?: string;
}

/** A built deck: the model and its self-contained HTML. */
export interface BuiltDeck {
  model: DeckModel;
  html: string;
}

/** The whole pipeline for one deck file: load, validate, compose, render. */
export async function buildDeck(deckFile: string, options: BuildOptions = {}): Promise<Result<BuiltDeck>> {
  const deck = await loadDeck(deckFile, options.cwd);
  if (!deck.ok) return deck;
  const root = options.contentRoot ?? options.library?.root ?? findContentRoot(deckFile);
  const library = options.library ?? (await loadLibrary(root, { cwd: options.cwd }));
  const composed = composeDeck(deck.value, library, options);
  const topicProblems = problemsOfDeckTopics(library, deck.value.data.topics);
  if (!composed.ok) return fail([...topicProblems, ...composed.diagnostics]);
  const rendered = renderDeck(composed.value, { ...options, locate: deck.value.locate });
  if (!rendered.ok) return rendered;
  const warnings = [...deck.warnings, ...topicProblems, ...composed.warnings, ...rendered.warnings];
  return ok({ model: composed.value, html: rendered.value.html }, warnings);
}

/** Write a built deck's HTML to `<outDir>/<deck-id>.html` atomically. */
export async function exportHtml(built: BuiltDeck, outDir: string): Promise<Result<string>> {
  const file = path.resolve(outDir, `${built.model.id}.html`);
  try {
    await writeFileAtomic(file, built.html);
    return ok(file);
  } catch (e) {
    return fail([
      error(
        'EXPORT',
        `could not write the HTML: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        fileLocation(displayPath(file)),
        'Check that the output folder exists and is writable.',
      ),
    ]);
  }
}
