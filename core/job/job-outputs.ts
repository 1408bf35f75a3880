/**
 * Making and writing the outputs of a deck job. A PDF is made in memory first and written after,
 * so the job can print the slides PDF, read the fit report from that same page, and still write
 * nothing when `--strict` finds a slide that does not fit.
 */
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { writeFileAtomic } from '../export/atomic-write.js';
import type { PdfExportOptions, PdfKind, PrintedPdf } from '../export/export-pdf.js';
import type { DeckModel } from '../model/deck-model.js';
import { defaultPaper, PDF_OUTPUTS, type Output } from '../options.js';
import type { RenderedDeck } from '../render/render-deck.js';
import { handoutLayoutFor } from '../render/print-sizes.js';
import type { DeckJobOptions, WrittenOutput } from './deck-job.js';

/** An output made or written, or why not. `noEngine`: there is no browser (said once per job). */
export type Written =
  { ok: true; value: WrittenOutput; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; noEngine?: boolean };

/** A PDF printed in memory, not yet written. */
export type MadePdf =
  { ok: true; output: Output; kind: PdfKind; pdf: PrintedPdf; warnings: Diagnostic[] } | Extract<Written, { ok: false }>;

/** The deck as the job has it. */
export interface JobDeck {
  model: DeckModel;
  rendered: RenderedDeck;
}

/** Print one PDF output in memory (in parts, with progress per part, when it is very large). */
export async function makePdfOutput(
  output: Output,
  deck: JobDeck,
  options: DeckJobOptions,
  extra: Pick<PdfExportOptions, 'measureFit' | 'onPart'> = {},
): Promise<MadePdf> {
  if (!PDF_OUTPUTS.includes(output) || !options.engine)
    return {
      ok: false,
      diagnostics: [
        error(
          'PDF',
          'PDF export is not available here',
          undefined,
          'Export HTML instead and print it from Chrome or Edge (File → Print, "Save as PDF"), or install Chromium.',
        ),
      ],
    };
  const engine = await options.engine.get();
  // No browser: say so once per job (the same diagnostics object each time), not once per PDF.
  if (!engine.ok) return { ok: false, diagnostics: engine.diagnostics, noEngine: true };
  // pdf-lib and the print code load only when a PDF is made.
  const { makePdf } = await import('../export/export-pdf.js');
  const printed = output as Exclude<Output, 'html' | 'pptx'>;
  const kind: PdfKind =
    printed === 'pdf' ? 'slides' : printed === 'handout' ? handoutLayoutFor(deck.rendered.theme, options.handoutLayout) : printed;
  const made = await makePdf(deck, engine.value, kind, options.paper ?? defaultPaper(), {
    timeoutMs: options.timeoutMs,
    printBackground: options.printBackground,
    chunks: options.printChunks,
    ...extra,
  });
  return made.ok ? { ok: true, output, kind, pdf: made.value, warnings: made.warnings } : made;
}

/** Write a PDF made by {@link makePdfOutput}. */
export async function writeMadePdf(made: MadePdf, deck: JobDeck, options: DeckJobOptions): Promise<Written> {
  if (!made.ok) return made;
  if (!options.outDir) return { ok: false, diagnostics: [error('EXPORT', `no output folder was given for the ${made.output} output`)] };
  const { saveMadePdf } = await import('../export/export-pdf.js');
  const written = await saveMadePdf(deck.model.id, made.pdf, made.kind, options.outDir!, options.paper ?? defaultPaper());
  if (!written.ok) return written;
  const { file, bytes, pageCount } = written.value;
  return {
    ok: true,
    value: { output: made.output, file, bytes, pages: pageCount, slides: deck.model.slides.length },
    warnings: made.warnings,
  };
}

/** Make and write one output. */
export async function writeOutput(
  output: Output,
  deck: JobDeck,
  options: DeckJobOptions,
  onPart?: (done: number, total: number) => void,
): Promise<Written> {
  const outDir = options.outDir;
  if (!outDir) return { ok: false, diagnostics: [error('EXPORT', `no output folder was given for the ${output} output`)] };
  if (output === 'html') return writeHtml(deck, outDir);
  if (output === 'pptx') return writePptx(deck, outDir);
  return writeMadePdf(await makePdfOutput(output, deck, options, { onPart }), deck, options);
}

/** The editable PowerPoint file, written from the same model with the theme the slides use. */
async function writePptx({ model, rendered }: JobDeck, outDir: string): Promise<Written> {
  // pptxgenjs loads only when a PowerPoint file is made.
  const { renderPptx } = await import('../render/pptx/render-pptx.js');
  const made = await renderPptx(model, { theme: rendered.theme });
  if (!made.ok) return made;
  const hint = 'Check that the output folder exists and is writable, and that the file is not open in PowerPoint.';
  const written = await writeOutputFile('pptx', model, path.resolve(outDir, `${model.id}.pptx`), made.value.data, hint);
  return written.ok ? { ...written, warnings: made.value.warnings } : written;
}

async function writeHtml({ model, rendered }: JobDeck, outDir: string): Promise<Written> {
  const hint = 'Check that the output folder exists and is writable.';
  return writeOutputFile('html', model, path.resolve(outDir, `${model.id}.html`), rendered.html, hint);
}

/** Write one output file atomically; a failure names the file and says what to check. */
async function writeOutputFile(output: Output, model: DeckModel, file: string, data: string | Uint8Array, hint: string): Promise<Written> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const what = output === 'pptx' ? 'the PowerPoint file' : 'the HTML';
    return { ok: false, diagnostics: [error('EXPORT', `could not write ${what}: ${code}`, fileLocation(displayPath(file)), hint)] };
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { ok: true, value: { output, file, bytes, slides: model.slides.length }, warnings: [] };
}
