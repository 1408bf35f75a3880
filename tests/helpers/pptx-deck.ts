/**
 * The one place PPTX tests get a deck from: the deck job (through tests/helpers/build.ts) gives
 * the composed DeckModel and loadTheme its theme.
 */
import path from 'node:path';
import { buildDeck } from './build.js';
import type { Diagnostic } from '../../core/errors.js';
import type { DeckModel } from '../../core/model/deck-model.js';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import { renderPptx, type PptxOptions } from '../../core/render/pptx/render-pptx.js';
import { loadTheme, type Theme } from '../../core/render/themes.js';

/** A built-in deck file by name, e.g. `intro-patients`. */
export function builtinDeckFile(name: string): string {
  return path.join(BUILTIN_CONTENT_DIR, 'decks', `${name}.yaml`);
}

/** The composed model of a deck file and its theme; throws with the diagnostics if it does not build. */
export async function deckModel(deckFile: string): Promise<{ model: DeckModel; theme: Theme }> {
  const built = await buildDeck(deckFile);
  if (!built.ok) throw new Error(`deck did not build: ${built.diagnostics.map((d) => d.message).join('; ')}`);
  const theme = loadTheme(built.value.model.theme, built.value.model.root);
  if (!theme.ok) throw new Error(`theme did not load: ${theme.diagnostics.map((d) => d.message).join('; ')}`);
  return { model: built.value.model, theme: theme.value };
}

/** A deck file exported to PPTX bytes, with the model it came from. */
export async function deckPptx(
  deckFile: string,
  options: Omit<PptxOptions, 'theme'> = {},
): Promise<{ model: DeckModel; data: Uint8Array; warnings: Diagnostic[] }> {
  const { model, theme } = await deckModel(deckFile);
  const out = await renderPptx(model, { theme, ...options });
  if (!out.ok) throw new Error(`PPTX export failed: ${out.diagnostics.map((d) => d.message).join('; ')}`);
  return { model, data: out.value.data, warnings: out.value.warnings };
}
