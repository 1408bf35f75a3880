/**
 * Finishing a printed PDF with pdf-lib. Loaded only when a PDF is made (export-pdf.ts starts loading
 * it while the browser prints), so an HTML build never pays for pdf-lib.
 */
import { PDFDocument } from 'pdf-lib';
import { VERSION } from '../paths.js';
import { mergePdfParts } from './merge-pdf.js';
import type { OutlineEntry } from './pdf-outline.js';
import { creationDate, type PdfArtifact, type PdfMetadata } from './pdf-metadata.js';
import { correctOutlineTitles, writeOutline } from './write-outline.js';

/**
 * Finish a PDF the engine printed: document information (title shown in the viewer's title bar,
 * author, subject, keywords, creator "ImmunoDeck", dates), the catalog language, and our outline.
 * The engine's tagged structure (StructTreeRoot, MarkInfo) is kept as it is.
 */
export async function finishPdf(
  printed: Uint8Array | Uint8Array[],
  meta: PdfMetadata,
  outline: OutlineEntry[],
  /** The page's heading texts: the engine's bookmark titles are corrected to them (the leaflet). */
  headings: string[] = [],
): Promise<PdfArtifact> {
  const parts = Array.isArray(printed) ? printed : [printed];
  // A document printed in parts is merged first (its structure tree too); one part is loaded once.
  const doc = parts.length > 1 ? await mergePdfParts(parts) : await PDFDocument.load(parts[0]!, { updateMetadata: false });
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

export { creationDate, deckMetadata, type PdfArtifact, type PdfMetadata } from './pdf-metadata.js';
