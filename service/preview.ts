import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import { cspSidecar } from '../core/export/temp-html.js';
import type { DeckModel } from '../core/model/deck-model.js';
import { toPlainText } from '../core/render/markdown.js';
import { renderDeck, type RenderedDeck } from '../core/render/render-deck.js';
import type { Result } from '../core/result.js';
import type { PreviewSlide } from '../contract/ipc-contract.js';

/** Slide titles and plain-text notes, for the presenter view. */
export function previewSlides(model: DeckModel): PreviewSlide[] {
  return model.slides.map((s) => ({ title: toPlainText(s.title ?? s.message ?? ''), notes: s.notes ? toPlainText(s.notes) : '' }));
}

/** The deck page with every speaker note left out (the audience window of a presentation). */
export function renderWithoutNotes(model: DeckModel): Result<RenderedDeck> {
  return renderDeck({ ...model, slides: model.slides.map((s) => ({ ...s, notes: undefined })) }, { previewEvents: true });
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

/** A stored preview page and the Content-Security-Policy the renderer returned with it. */
export interface PreviewPage {
  html: string;
  csp: string;
}

/** Recent preview pages, by random id; old ones are dropped so memory and disk stay bounded. */
export class PreviewStore {
  private readonly pages = new Map<string, PreviewPage>();

  constructor(private readonly options: PreviewStoreOptions = {}) {}

  /** Store a page; returns its id and URL. */
  async add(page: PreviewPage): Promise<{ id: string; url: string }> {
    const id = randomBytes(16).toString('hex');
    this.pages.set(id, page);
    if (this.options.dir) {
      const file = path.join(this.options.dir, `${id}.html`);
      await writeFileAtomic(file, page.html);
      await writeFileAtomic(cspSidecar(file), page.csp);
    }
    const keep = this.options.keep ?? 6;
    for (const old of [...this.pages.keys()].slice(0, Math.max(0, this.pages.size - keep))) await this.drop(old);
    return { id, url: `${this.options.baseUrl ?? 'preview/'}${id}.html` };
  }

  /** A preview by id, or undefined for an unknown or expired id. */
  get(id: string): PreviewPage | undefined {
    return /^[0-9a-f]{32}$/.test(id) ? this.pages.get(id) : undefined;
  }

  /** Forget every preview (and delete their files). */
  async clear(): Promise<void> {
    for (const id of [...this.pages.keys()]) await this.drop(id);
  }

  private async drop(id: string): Promise<void> {
    this.pages.delete(id);
    if (this.options.dir) {
      const file = path.join(this.options.dir, `${id}.html`);
      await rm(file, { force: true });
      await rm(cspSidecar(file), { force: true });
    }
  }
}
