import type { DeckModel } from '../model/deck-model.js';
import { toPlainText } from '../render/markdown.js';
import { t } from '../i18n/messages.js';

/** A finished PDF. */
export interface PdfArtifact {
  bytes: Uint8Array;
  pageCount: number;
}

/** The document information written into every ImmunoDeck PDF. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords: string[];
  /** BCP 47 language of the text, e.g. `en` or `en-GB`. */
  language: string;
  /** Engine that printed the pages, e.g. "Chromium 156.0.8078.79". */
  engine: string;
  /** @default now, or SOURCE_DATE_EPOCH when set (reproducible builds) */
  creationDate?: Date;
}

/** A deck's {@link PdfMetadata}: author = presenter, subject = subtitle or description. */
export function deckMetadata(deck: DeckModel, engine: string, suffix = ''): PdfMetadata {
  return {
    title: toPlainText(deck.title) + suffix,
    author: deck.presenter,
    subject: deck.subtitle ? toPlainText(deck.subtitle) : deck.description,
    keywords: [...new Set([t(deck.language, 'pdf.keyword'), ...deck.topics.map((t) => toPlainText(t.title))])],
    language: deck.language,
    engine,
  };
}

/** The creation date: SOURCE_DATE_EPOCH (seconds) when set, so rebuilds are byte-stable, else now. */
export function creationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}
