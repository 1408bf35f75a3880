import type { BuiltDeck } from '../core/build.js';
import { launchChromiumEngine } from '../core/export/chromium-engine.js';
import { renderHandoutPdf, renderSlidesPdf, writePdf } from '../core/export/export-pdf.js';
import { findBrowser } from '../core/export/find-browser.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import { fail, ok, type Result } from '../core/result.js';
import { pdfKindOf, type PdfExporter, type PdfRequest } from './export.js';

/** A {@link PdfExporter} that owns a PDF engine and can release it. */
export interface ClosablePdfExporter extends PdfExporter {
  close(): Promise<void>;
}

/**
 * A PDF exporter over core's PDF layouts (core/export/export-pdf.ts) with any {@link PdfEngine}:
 * the engine starts on the first PDF and is reused for the next ones. The desktop app passes its
 * Electron engine; `immunodeck serve` uses {@link createChromiumPdfExporter}.
 */
export function createPdfExporter(startEngine: () => Promise<Result<PdfEngine>>): ClosablePdfExporter {
  let engine: Promise<Result<PdfEngine>> | undefined;
  const exporter = async (request: PdfRequest): Promise<Result<string>> => {
    engine ??= startEngine();
    const started = await engine;
    if (!started.ok) {
      engine = undefined;
      return fail(started.diagnostics);
    }
    const built: BuiltDeck = { model: request.model, html: request.html };
    const kind = pdfKindOf(request);
    const made =
      kind === 'slides' ? await renderSlidesPdf(built, started.value) : await renderHandoutPdf(built, started.value, kind, request.paper);
    if (!made.ok) return made;
    const written = await writePdf(request.outFile, made.value);
    return written.ok ? ok(written.value, made.warnings) : written;
  };
  return Object.assign(exporter, {
    close: async () => {
      const started = await engine;
      engine = undefined;
      if (started?.ok) await started.value.close();
    },
  });
}

/**
 * The PDF exporter for `immunodeck serve`: prints with the installed Chromium, Chrome or Edge
 * (CHROME_PATH first). Undefined when none is installed, so the UI offers HTML only.
 */
export function createChromiumPdfExporter(env: NodeJS.ProcessEnv = process.env): ClosablePdfExporter | undefined {
  if (!findBrowser(env).ok) return undefined;
  return createPdfExporter(() => launchChromiumEngine({ env }));
}
