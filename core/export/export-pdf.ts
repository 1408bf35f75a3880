import path from 'node:path';
import { error, fileLocation, isDeckError, warning, type Diagnostic } from '../errors.js';
import { displayPath } from '../confine.js';
import type { DeckModel } from '../model/deck-model.js';
import { PAPERS, PRINT_CHUNKS, type Paper } from '../options.js';
import type { PrintLayout } from '../render/handout-layout.js';
import type { RenderedDeck } from '../render/render-deck.js';
import { HANDOUT_READY_SELECTOR, renderHandout } from '../render/render-handout.js';
import { t } from '../i18n/messages.js';
import { fail, ok, type Result } from '../result.js';
import { writeFileAtomic } from './atomic-write.js';
import { deckMetadata, type PdfArtifact, type PdfMetadata } from './pdf-metadata.js';
import type { OutlineEntry } from './pdf-outline.js';
import type { DocumentPrintJob, PdfEngine, PrintedDocument, PrintJob, SlideFit } from './pdf-engine.js';
import { chunksFor } from './print-chunks.js';
import { deckOutline } from './pdf-outline.js';
import { buildPrintOptions, slidePageSize } from './print-options.js';
import { withTempHtml } from './temp-html.js';
import { printLabels } from '../render/print-labels.js';
import { renderLeaflet } from '../render/render-leaflet.js';

/** Options shared by the PDF exports. */
export interface PdfExportOptions {
  /** Give up on a page after this many ms. @default 60000 */
  timeoutMs?: number;
  /** Creation date written into the PDF. @default now, or SOURCE_DATE_EPOCH */
  creationDate?: Date;
  /**
   * Slides PDF: keep the screen colours (dark slides stay dark). Off: a dark theme prints its
   * slides on white with its print palette, as handouts, notes and leaflets always do. @default false
   */
  printBackground?: boolean;
  /** Also read the fit report in the page that is printed (slides, handouts and notes pages). */
  measureFit?: boolean;
  /** When to print in parts, and how many pages each. @default {@link PRINT_CHUNKS} */
  chunks?: { thresholdPages: number; pages: number };
  /** Called after each part of a document printed in parts. */
  onPart?: (done: number, total: number) => void;
}

/** A printed PDF, and the fit report of its page when it was asked for. */
export interface PrintedPdf extends PdfArtifact {
  fits?: SlideFit[];
}

/** Selector set by templates/deck-init.js once reveal's print view is laid out. */
export const PDF_READY_SELECTOR = 'html[data-immunodeck-pdf-ready]';

/** A deck ready to print: its model and its rendered page. */
export interface PrintableDeck {
  model: DeckModel;
  rendered: Pick<RenderedDeck, 'html' | 'parts' | 'theme'>;
}

/**
 * The slides PDF: reveal's print view of the deck, one slide per page at the slide's size,
 * backgrounds to the edge, fragments shown, numbered; tagged, with metadata and an outline by topic.
 */
export async function renderSlidesPdf(deck: PrintableDeck, engine: PdfEngine, options: PdfExportOptions = {}): Promise<Result<PrintedPdf>> {
  const { model } = deck;
  // The deck page itself, unchanged: the `?print-pdf` query switches reveal.js to its print view;
  // `print-background` keeps the screen colours (templates/deck-init.js).
  const query = options.printBackground ? 'print-pdf&print-background' : 'print-pdf';
  return printToPdf(engine, deck.rendered.html, query, {
    csp: deck.rendered.parts.csp,
    viewport: { width: model.width, height: model.height },
    readySelector: PDF_READY_SELECTOR,
    pageSize: slidePageSize(model.width, model.height),
    expectedPages: model.slides.length,
    meta: { ...deckMetadata(model, engine.name), creationDate: options.creationDate },
    outlineEntries: deckOutline(model),
    timeoutMs: options.timeoutMs,
    measureFit: options.measureFit,
    // reveal's print view: one .pdf-page box per slide.
    chunks: chunksFor(model.slides.length, '.reveal .slides .pdf-page', options.onPart, options.chunks ?? PRINT_CHUNKS),
  });
}

/** A handout (1, 2, 3, 4 or 6 slides per page) or notes pages, on Letter or A4. */
export async function renderHandoutPdf(
  deck: PrintableDeck,
  engine: PdfEngine,
  layout: PrintLayout,
  paper: Paper,
  options: PdfExportOptions = {},
): Promise<Result<PrintedPdf>> {
  const { model } = deck;
  const handout = renderHandout(model, deck.rendered, { layout, paper });
  if (!handout.ok) return handout;
  const { geometry, pageOfSlide } = handout.value;
  const suffix = ` — ${layout === 'notes' ? t(model.language, 'pdf.notesPages') : t(model.language, 'pdf.handout', { perPage: layout })}`;
  return printToPdf(engine, handout.value.html, undefined, {
    csp: handout.value.csp,
    viewport: { width: Math.round(geometry.pageWidth), height: Math.round(geometry.pageHeight) },
    readySelector: HANDOUT_READY_SELECTOR,
    pageSize: PAPERS[paper],
    expectedPages: handout.value.pageCount,
    measureFit: options.measureFit,
    chunks: chunksFor(handout.value.pageCount, '.handout > .page', options.onPart, options.chunks ?? PRINT_CHUNKS),
    meta: { ...deckMetadata(model, engine.name, suffix), creationDate: options.creationDate },
    outlineEntries: deckOutline(model, (i) => pageOfSlide[i] ?? 0),
    timeoutMs: options.timeoutMs,
  });
}

/**
 * The take-home leaflet: the deck's patient text as a document on Letter or A4, printed through
 * the same path as handouts. Its bookmarks are the engine's, from the leaflet's headings.
 */
export async function renderLeafletPdf(
  deck: PrintableDeck,
  engine: PdfEngine,
  paper: Paper,
  options: PdfExportOptions = {},
): Promise<Result<PrintedPdf>> {
  const { model } = deck;
  const leaflet = renderLeaflet(model, deck.rendered, { paper });
  if (!leaflet.ok) return leaflet;
  const size = PAPERS[paper];
  const labels = printLabels(model.language);
  const printed = await printToPdf(engine, leaflet.value.html, undefined, {
    csp: leaflet.value.csp,
    viewport: { width: Math.round(size.widthIn * 96), height: Math.round(size.heightIn * 96) },
    readySelector: HANDOUT_READY_SELECTOR,
    pageSize: size,
    // A document flows onto as many pages as it needs.
    expectedPages: 0,
    outline: true,
    meta: { ...deckMetadata(model, engine.name, labels.leafletSuffix), creationDate: options.creationDate },
    outlineEntries: [],
    headings: leaflet.value.headings,
    timeoutMs: options.timeoutMs,
  });
  return printed.ok ? ok(printed.value, [...leaflet.warnings, ...printed.warnings]) : printed;
}

interface PrintPlan extends Omit<DocumentPrintJob, 'url'> {
  pageSize: { widthIn: number; heightIn: number };
  expectedPages: number;
  /** Document information written into the PDF. */
  meta: PdfMetadata;
  /** Our bookmarks (none for the leaflet, whose bookmarks the engine writes). */
  outlineEntries: OutlineEntry[];
  /** The page's heading texts: the engine's bookmark titles are corrected to them (the leaflet). */
  headings?: string[];
  /** The page's Content-Security-Policy, for engines that serve the page with it as a header. */
  csp: string;
  /** Let the engine write bookmarks from the page's headings (the leaflet). @default false */
  outline?: boolean;
}

async function printToPdf(engine: PdfEngine, html: string, query: string | undefined, plan: PrintPlan): Promise<Result<PrintedPdf>> {
  try {
    const { pageSize, expectedPages, meta, outlineEntries, headings, csp, outline, ...job } = plan;
    const printing = withTempHtml(html, csp, (tmp) =>
      printDocument(engine, { ...job, url: tmp.url(query) }, buildPrintOptions(pageSize, { outline })),
    );
    // A failed print is handled below, once pdf-lib is in: never an unhandled rejection meanwhile.
    printing.catch(() => undefined);
    // pdf-lib loads while the browser lays out and prints the page.
    const { finishPdf } = await import('./finish-pdf.js');
    const printed = await printing;
    const { bytes, pageCount } = await finishPdf(printed.parts, meta, outlineEntries, headings);
    const warnings: Diagnostic[] =
      pageCount === expectedPages || expectedPages === 0
        ? []
        : [
            warning(
              'PDF',
              `the PDF has ${pageCount} pages where ${expectedPages} were expected`,
              undefined,
              'Some slide content may be too tall for its page.',
            ),
          ];
    // What a page script returns is not trusted to have the right shape.
    return ok({ bytes, pageCount, fits: Array.isArray(printed.fits) ? printed.fits : undefined }, warnings);
  } catch (e) {
    if (isDeckError(e)) return fail([...e.diagnostics]);
    return fail([error('PDF', `printing failed: ${(e as Error).message.split('\n')[0]}`)]);
  }
}

/** One load, measured and printed (in parts) by engines that can; a plain print by the others (no fits, one part). */
async function printDocument(
  engine: PdfEngine,
  job: DocumentPrintJob,
  options: ReturnType<typeof buildPrintOptions>,
): Promise<PrintedDocument> {
  if (engine.printDocument) return engine.printDocument(job, options);
  const plain: PrintJob = { url: job.url, readySelector: job.readySelector, viewport: job.viewport, timeoutMs: job.timeoutMs };
  return { parts: [await engine.print(plain, options)] };
}

/** What to export: the slides, a handout with n slides per page, notes pages, or the leaflet. */
export type PdfKind = 'slides' | 'leaflet' | PrintLayout;

/**
 * The file name of an output: `<id>.pdf`, `<id>-handout-3up-letter.pdf`, `<id>-notes-a4.pdf`,
 * `<id>-leaflet-letter.pdf`. Paper outputs carry the paper, so A4 and Letter never overwrite each other.
 */
export function pdfFileName(deckId: string, kind: PdfKind, paper: Paper = 'letter'): string {
  if (kind === 'slides') return `${deckId}.pdf`;
  if (kind === 'notes' || kind === 'leaflet') return `${deckId}-${kind}-${paper}.pdf`;
  return `${deckId}-handout-${kind}up-${paper}.pdf`;
}

/** Write a PDF atomically (a failed export leaves the previous file untouched). */
export async function writePdf(file: string, artifact: PdfArtifact): Promise<Result<string>> {
  try {
    await writeFileAtomic(file, artifact.bytes);
    return ok(file);
  } catch (e) {
    return fail([
      error(
        'EXPORT',
        `could not write the PDF: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        fileLocation(displayPath(file)),
        'Check that the output folder exists and is writable, and that the PDF is not open in a program that locks it.',
      ),
    ]);
  }
}

/** A PDF written to disk. */
export interface WrittenPdf {
  file: string;
  pageCount: number;
  bytes: number;
}

/** Print one PDF of a built deck, in memory: the slides, a handout or notes pages, or the leaflet. */
export async function makePdf(
  deck: PrintableDeck,
  engine: PdfEngine,
  kind: PdfKind,
  paper: Paper = 'letter',
  options: PdfExportOptions = {},
): Promise<Result<PrintedPdf>> {
  if (kind === 'slides') return renderSlidesPdf(deck, engine, options);
  if (kind === 'leaflet') return renderLeafletPdf(deck, engine, paper, options);
  return renderHandoutPdf(deck, engine, kind, paper, options);
}

/** Write a PDF made by {@link makePdf} to `<outDir>/<file name>` atomically. */
export async function saveMadePdf(
  deckId: string,
  made: PrintedPdf,
  kind: PdfKind,
  outDir: string,
  paper: Paper,
): Promise<Result<WrittenPdf>> {
  const written = await writePdf(path.resolve(outDir, pdfFileName(deckId, kind, paper)), made);
  if (!written.ok) return written;
  return ok({ file: written.value, pageCount: made.pageCount, bytes: made.bytes.byteLength });
}

/** Render one PDF of a built deck and write it to `<outDir>/<file name>` atomically. */
export async function exportPdf(
  deck: PrintableDeck,
  engine: PdfEngine,
  kind: PdfKind,
  outDir: string,
  paper: Paper = 'letter',
  options: PdfExportOptions = {},
): Promise<Result<WrittenPdf>> {
  const made = await makePdf(deck, engine, kind, paper, options);
  if (!made.ok) return made;
  const written = await saveMadePdf(deck.model.id, made.value, kind, outDir, paper);
  return written.ok ? ok(written.value, made.warnings) : written;
}
