import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../core/errors.js';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import { pdfFileName, type PdfKind } from '../core/export/export-pdf.js';
import type { Library } from '../core/model/content.js';
import type { DeckModel } from '../core/model/deck-model.js';
import { fail, ok, type Result } from '../core/result.js';
import type { EventMap, ExportFormat, ExportResult, RequestOf } from '../electron/ipc-contract.js';
import { renderDraft } from './preview.js';

/** One PDF to make from a built deck. */
export interface PdfRequest {
  /** slides: one slide per page; handout: `perPage` slides per sheet of `paper`; notes: slide + speaker notes per page. */
  kind: 'slides' | 'handout' | 'notes';
  /** The deck's self-contained HTML (as exported). */
  html: string;
  model: DeckModel;
  /** Absolute path to write, atomically (named like the CLI's PDFs: core's pdfFileName). */
  outFile: string;
  perPage: 1 | 2 | 3 | 4 | 6;
  paper: 'a4' | 'letter';
}

/**
 * Makes a PDF from a deck and resolves to the file written; see service/pdf-engine.ts
 * (`createPdfExporter` with Electron's engine in the app, `createChromiumPdfExporter` for the server).
 */
export type PdfExporter = ((request: PdfRequest) => Promise<Result<string>>) & { close?: () => Promise<void> };

/** Reports export progress. */
export type ProgressSink = (payload: EventMap['export:progress']) => void;

/** Everything {@link exportDeck} needs besides the request. */
export interface ExportContext {
  library: Library;
  exportDir: string;
  pdf?: PdfExporter;
  progress: ProgressSink;
}

const STEP_LABEL: Record<ExportFormat, string> = {
  html: 'Writing the HTML deck',
  'pdf-slides': 'Printing the slides PDF',
  'pdf-handout': 'Printing the handout PDF',
  'pdf-notes': 'Printing the notes pages PDF',
};

/**
 * Export a draft: compose and render once, then write each requested format to the export folder,
 * reporting progress after every step. Stops at the first failure; files already written stay.
 */
export async function exportDeck(ctx: ExportContext, req: RequestOf<'deck:export'>): Promise<Result<ExportResult>> {
  const exportId = randomBytes(8).toString('hex');
  const formats = [...new Set(req.formats)];
  const total = formats.length + 1;
  ctx.progress({ exportId, done: 0, total, step: 'Building the deck' });
  const built = renderDraft(req.draft, ctx.library);
  if (!built.ok) return built;
  const files: string[] = [];
  for (const [i, format] of formats.entries()) {
    ctx.progress({ exportId, done: i + 1, total, step: STEP_LABEL[format] });
    const written = await exportOne(ctx, format, built.value, req);
    if (!written.ok) return written;
    files.push(written.value);
  }
  ctx.progress({ exportId, done: total, total, step: 'Done' });
  return ok({ exportId, files }, built.warnings);
}

async function exportOne(
  ctx: ExportContext,
  format: ExportFormat,
  built: { model: DeckModel; html: string },
  req: RequestOf<'deck:export'>,
): Promise<Result<string>> {
  const perPage = req.perPage ?? 3;
  if (format === 'html') return writeHtml(path.join(ctx.exportDir, `${built.model.id}.html`), built.html);
  if (!ctx.pdf) return fail([pdfUnavailable()]);
  const kind = format === 'pdf-slides' ? 'slides' : format === 'pdf-handout' ? 'handout' : 'notes';
  try {
    const paper = req.paper ?? 'a4';
    const outFile = path.join(ctx.exportDir, pdfFileName(built.model.id, pdfKindOf({ kind, perPage }), paper));
    return await ctx.pdf({ kind, html: built.html, model: built.model, outFile, perPage, paper });
  } catch (e) {
    return fail([error('PDF', `PDF export failed: ${(e as Error).message}`)]);
  }
}

async function writeHtml(file: string, html: string): Promise<Result<string>> {
  try {
    await writeFileAtomic(file, html);
    return ok(file);
  } catch (e) {
    return fail([
      error(
        'EXPORT',
        `could not write the HTML: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        fileLocation(file),
        'Check that the export folder exists and is writable.',
      ),
    ]);
  }
}

/** The core PDF kind for a request: slides, 1–6 slides per handout page, or notes pages. */
export function pdfKindOf(request: Pick<PdfRequest, 'kind' | 'perPage'>): PdfKind {
  return request.kind === 'handout' ? request.perPage : request.kind;
}

/** The diagnostic when no PDF engine was given to the service. */
export function pdfUnavailable(): Diagnostic {
  return error(
    'PDF',
    'PDF export is not available here',
    undefined,
    'Export HTML instead and print it from Chrome or Edge (File → Print, "Save as PDF"), or install Chromium.',
  );
}
