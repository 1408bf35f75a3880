import { PDFDocument } from 'pdf-lib';
import type { DeckModel } from '../model/deck-model.js';
import { VERSION } from '../paths.js';
import { toPlainText } from '../render/markdown.js';
import { t } from '../i18n/messages.js';
import { correctOutlineTitles, writeOutline, type OutlineEntry } from './pdf-outline.js';

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

/**
 * Finish a PDF the engine printed: document information (title shown in the viewer's title bar,
 * author, subject, keywords, creator "ImmunoDeck", dates), the catalog language, and our outline.
 * The engine's tagged structure (StructTreeRoot, MarkInfo) is kept as it is.
 */
export async function finishPdf(
  printed: Uint8Array,
  meta: PdfMetadata,
  outline: OutlineEntry[],
  /** The page's heading texts: the engine's bookmark titles are corrected to them (the leaflet). */
  headings: string[] = [],
): Promise<PdfArtifact> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  const date = meta.creationDate ?? creationDate();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  // pdf-lib's setKeywords joins with spaces, which merges multi-word keywords; use commas.
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator('ImmunoDeck');
  doc.setProducer(`ImmunoDeck ${VERSION} (${meta.engine}, pdf-lib)`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.language);
  writeOutline(doc, outline);
  if (headings.length) correctOutlineTitles(doc, headings);
  return { bytes: await doc.save({ useObjectStreams: false }), pageCount: doc.getPageCount() };
}
