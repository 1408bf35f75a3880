/**
 * Tests build decks through the one deck job, like every shell. This helper turns its result into
 * the `Result` shape many tests assert on.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runDeckJob, type DeckJobOptions } from '../../core/job/deck-job.js';
import type { DeckModel } from '../../core/model/deck-model.js';
import type { RenderedDeck } from '../../core/render/render-deck.js';
import { fail, ok, type Result } from '../../core/result.js';

/** A built deck: its model, its page and the page's parts. */
export interface BuiltDeck {
  model: DeckModel;
  html: string;
  rendered: RenderedDeck;
}

/** Options of {@link buildDeck}: the job's overrides, flattened. */
export interface BuildOptions extends Omit<DeckJobOptions, 'source' | 'overrides'> {
  theme?: string;
  audience?: 'patient' | 'professional';
  language?: 'en' | 'es';
}

/** Compose and render one deck file with the deck job (no outputs written). */
export async function buildDeck(file: string, options: BuildOptions = {}): Promise<Result<BuiltDeck>> {
  const { theme, audience, language, ...rest } = options;
  const r = await runDeckJob({ ...rest, source: { file }, overrides: { theme, audience, language } });
  if (!r.ok || !r.model || !r.rendered) return fail(r.problems);
  return ok({ model: r.model, html: r.rendered.html, rendered: r.rendered }, r.problems);
}

/** Write a built deck's HTML to `<outDir>/<id>.html`. */
export async function exportHtml(built: BuiltDeck, outDir: string): Promise<Result<string>> {
  const file = path.resolve(outDir, `${built.model.id}.html`);
  await writeFile(file, built.html);
  return ok(file);
}
