import path from 'node:path';
import type { BuiltDeck } from '../build.js';
import { error, fileLocation, isDeckError, warning, type Diagnostic } from '../errors.js';
import { displayPath } from '../load/safe-path.js';
import type { HandoutLayout } from '../render/handout-layout.js';
import { HANDOUT_READY_SELECTOR, renderHandout } from '../render/render-handout.js';
import { fail, ok, type Result } from '../result.js';
import { writeFileAtomic } from './atomic-write.js';
import { deckMetadata, finishPdf, type PdfArtifact } from './finish-pdf.js';
import type { PdfEngine, PrintJob } from './pdf-engine.js';
import { deckOutline } from './pdf-outline.js';
import { buildPrintOptions, PAPER_SIZES, slidePageSize, type Paper } from './print-options.js';
import { withTempHtml } from './temp-html.js';

/** Options shared by the PDF exports. */
export interface PdfExportOptions {
  /** Give up on a page after this many ms. @default 60000 */
  timeoutMs?: number;
  /** Creation date written into the PDF. @default now, or SOURCE_DATE_EPOCH */
  creationDate?: Date;
}

/** Selector set by templates/deck-init.js once reveal's print view is laid out. */
export const PDF_READY_SELECTOR = 'html[data-immunodeck-pdf-ready]';

/**
 * The HTML printed for the slides PDF: the deck page itself, unchanged (the `?print-pdf` query
 * switches reveal.js to its print view). One place to change should print ever need more.
 */
export function slidesPrintHtml(deckHtml: string): string {
  return deckHtml;
}

/**
 * The slides PDF: reveal's print view of the deck, one slide per page at the slide's size,
 * backgrounds to the edge, fragments shown, numbered; tagged, with metadata and an outline by topic.
 */
export async function renderSlidesPdf(built: BuiltDeck, engine: PdfEngine, options: PdfExportOptions = {}): Promise<Result<PdfArtifact>> {
  const { model } = built;
  return printToPdf(engine, slidesPrintHtml(built.html), 'print-pdf', {
    viewport: { width: model.width, height: model.height },
    readySelector: PDF_READY_SELECTOR,
    pageSize: slidePageSize(model.width, model.height),
    expectedPages: model.slides.length,
    finish: (bytes) => finishPdf(bytes, { ...deckMetadata(model, engine.name), creationDate: options.creationDate }, deckOutline(model)),
    timeoutMs: options.timeoutMs,
  });
}

/** A handout (1, 2, 3, 4 or 6 slides per page) or notes pages, on Letter or A4. */
export async function renderHandoutPdf(
  built: BuiltDeck,
  engine: PdfEngine,
  layout: HandoutLayout,
  paper: Paper,
  options: PdfExportOptions = {},
): Promise<Result<PdfArtifact>> {
  const { model } = built;
  const handout = renderHandout(model, built.html, { layout, paper });
  if (!handout.ok) return handout;
  const { geometry } = handout.value;
  const suffix = layout === 'notes' ? ' — notes pages' : ` — handout, ${layout} per page`;
  return printToPdf(engine, handout.value.html, undefined, {
    viewport: { width: Math.round(geometry.pageWidth), height: Math.round(geometry.pageHeight) },
    readySelector: HANDOUT_READY_SELECTOR,
    pageSize: PAPER_SIZES[paper],
    expectedPages: handout.value.pageCount,
    finish: (bytes) =>
      finishPdf(
        bytes,
        { ...deckMetadata(model, engine.name, suffix), creationDate: options.creationDate },
        deckOutline(model, (i) => Math.floor(i / geometry.perPage)),
      ),
    timeoutMs: options.timeoutMs,
  });
}

interface PrintPlan extends Omit<PrintJob, 'url'> {
  pageSize: { widthIn: number; heightIn: number };
  expectedPages: number;
  finish: (bytes: Uint8Array) => Promise<PdfArtifact>;
}

async function printToPdf(engine: PdfEngine, html: string, query: string | undefined, plan: PrintPlan): Promise<Result<PdfArtifact>> {
  try {
    const printed = await withTempHtml(html, (tmp) =>
      engine.print(
        { url: tmp.url(query), readySelector: plan.readySelector, viewport: plan.viewport, timeoutMs: plan.timeoutMs },
        buildPrintOptions(plan.pageSize),
      ),
    );
    const { bytes, pageCount } = await plan.finish(printed);
    const warnings: Diagnostic[] =
      pageCount === plan.expectedPages
        ? []
        : [
            warning(
              'PDF',
              `the PDF has ${pageCount} pages where ${plan.expectedPages} were expected`,
              undefined,
              'Some slide content may be too tall for its page.',
            ),
          ];
    return ok({ bytes, pageCount }, warnings);
  } catch (e) {
    if (isDeckError(e)) return fail([...e.diagnostics]);
    return fail([error('PDF', `printing failed: ${(e as Error).message.split('\n')[0]}`)]);
  }
}

/** What to export: the slides, a handout with n slides per page, or notes pages. */
export type PdfKind = 'slides' | HandoutLayout;

/** The file name of an output: `<id>.pdf`, `<id>-handout-3up-letter.pdf`, `<id>-notes.pdf`. */
export function pdfFileName(deckId: string, kind: PdfKind, paper: Paper = 'letter'): string {
  if (kind === 'slides') return `${deckId}.pdf`;
  if (kind === 'notes') return `${deckId}-notes.pdf`;
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

/** Render one PDF of a built deck and write it to `<outDir>/<file name>` atomically. */
export async function exportPdf(
  built: BuiltDeck,
  engine: PdfEngine,
  kind: PdfKind,
  outDir: string,
  paper: Paper = 'letter',
  options: PdfExportOptions = {},
): Promise<Result<WrittenPdf>> {
  const made =
    kind === 'slides' ? await renderSlidesPdf(built, engine, options) : await renderHandoutPdf(built, engine, kind, paper, options);
  if (!made.ok) return made;
  const written = await writePdf(path.resolve(outDir, pdfFileName(built.model.id, kind, paper)), made.value);
  if (!written.ok) return written;
  return ok({ file: written.value, pageCount: made.value.pageCount, bytes: made.value.bytes.byteLength }, made.warnings);
}
