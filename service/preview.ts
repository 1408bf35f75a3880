import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import type { Diagnostic } from '../core/errors.js';
import type { Library } from '../core/model/content.js';
import { composeDeck } from '../core/model/compose-deck.js';
import type { DeckModel } from '../core/model/deck-model.js';
import { toPlainText } from '../core/render/markdown.js';
import { renderDeck } from '../core/render/render-deck.js';
import { fail, ok, type Result } from '../core/result.js';
import type { DeckDraft, PreviewSlide } from '../electron/ipc-contract.js';
import { draftToLoadedDeck } from './deck-file.js';
import { normalizeLocation } from './library-snapshot.js';

/** A deck composed and rendered from a draft. */
export interface RenderedDraft {
  model: DeckModel;
  html: string;
}

/** Compose and render a draft against a loaded library, exactly as a saved deck file would build. */
export function renderDraft(draft: DeckDraft, library: Library): Result<RenderedDraft> {
  const deck = draftToLoadedDeck(draft, library.root);
  const tidy = (list: Diagnostic[]) => list.map(normalizeLocation).map((d) => (d.location?.file === deckLabel(draft) ? aboutDeck(d) : d));
  if (!deck.ok) return fail(tidy(deck.diagnostics));
  const composed = composeDeck(deck.value, library);
  if (!composed.ok) return fail(tidy(composed.diagnostics));
  const rendered = renderDeck(composed.value);
  if (!rendered.ok) return fail(tidy(rendered.diagnostics));
  return ok({ model: composed.value, html: rendered.value.html }, tidy([...deck.warnings, ...composed.warnings, ...rendered.warnings]));
}

function deckLabel(draft: DeckDraft): string {
  return `decks/${draft.id}.yaml`;
}

/**
 * A problem of the deck being built: its position in YAML the app generated means nothing to the
 * user (the draft may not even be saved), so it names the deck instead.
 */
function aboutDeck(d: Diagnostic): Diagnostic {
  const { location: _unused, ...rest } = d;
  return { ...rest, message: `Your deck: ${d.message}` };
}

/** Slide titles and plain-text notes, for the presenter view. */
export function previewSlides(model: DeckModel): PreviewSlide[] {
  return model.slides.map((s) => ({ title: toPlainText(s.title ?? s.message ?? ''), notes: s.notes ? toPlainText(s.notes) : '' }));
}

/**
 * Preview pages only: let reveal.js report slide changes to the embedding page (its
 * `postMessageEvents` option), so the builder keeps the slide in view across refreshes and the
 * presenter view follows the deck even when the preview is on another origin (Electron's
 * deck://). The config is a JSON data block, not a script, so the page's CSP hashes still hold.
 */
export function withPreviewEvents(html: string): string {
  return html.replace(/(<script type="application\/json" id="immunodeck-config">\{"reveal":\{)/, '$1"postMessageEvents":true,');
}

/** Options for {@link PreviewStore}. */
export interface PreviewStoreOptions {
  /** Also write each preview to `<dir>/<id>.html` (the desktop app serves that folder as deck://preview). */
  dir?: string;
  /** URL prefix of preview pages. @default 'preview/' (relative to the UI page) */
  baseUrl?: string;
  /** How many recent previews stay available. @default 6 */
  keep?: number;
}

/** Recent preview pages, by random id; old ones are dropped so memory and disk stay bounded. */
export class PreviewStore {
  private readonly pages = new Map<string, string>();

  constructor(private readonly options: PreviewStoreOptions = {}) {}

  /** Store a page; returns its id and URL. */
  async add(html: string): Promise<{ id: string; url: string }> {
    const id = randomBytes(16).toString('hex');
    this.pages.set(id, html);
    if (this.options.dir) await writeFileAtomic(path.join(this.options.dir, `${id}.html`), html);
    const keep = this.options.keep ?? 6;
    for (const old of [...this.pages.keys()].slice(0, Math.max(0, this.pages.size - keep))) await this.drop(old);
    return { id, url: `${this.options.baseUrl ?? 'preview/'}${id}.html` };
  }

  /** The HTML of a preview, or undefined for an unknown or expired id. */
  get(id: string): string | undefined {
    return /^[0-9a-f]{32}$/.test(id) ? this.pages.get(id) : undefined;
  }

  /** Forget every preview (and delete their files). */
  async clear(): Promise<void> {
    for (const id of [...this.pages.keys()]) await this.drop(id);
  }

  private async drop(id: string): Promise<void> {
    this.pages.delete(id);
    if (this.options.dir) await rm(path.join(this.options.dir, `${id}.html`), { force: true });
  }
}
