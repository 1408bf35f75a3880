/**
 * The desktop app's {@link PdfEngine}: `webContents.printToPDF` in a fresh hidden, sandboxed,
 * offscreen window per document, over the same print HTML and the same {@link PrintOptions} as the
 * CLI's Chromium engine. Electron is injected (see print-window.ts), so tests use a fake window.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeckError, error } from '../../core/errors.js';
import {
  DEFAULT_PRINT_TIMEOUT_MS,
  fitReportScript,
  printTimeout,
  withTimeout,
  type DocumentPrintJob,
  type PdfEngine,
  type PrintedDocument,
  type PrintJob,
  type SlideFit,
} from '../../core/export/pdf-engine.js';
import { toElectronPdfOptions, type ElectronPdfOptions, type PrintOptions } from '../../core/export/print-options.js';

/** The parts of a `BrowserWindow` the engine uses. */
export interface PrintWindow {
  webContents: {
    loadURL(url: string): Promise<void>;
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: ElectronPdfOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

/** A folder served to print windows for one job; `release()` stops serving it. */
export interface ServedFolder {
  /** `scheme://host` under which the folder's files are served. */
  origin: string;
  release(): void;
}

/** What {@link ElectronPdfEngine} needs from Electron. */
export interface ElectronPdfEngineDeps {
  /** A new hidden print window of `viewport` CSS px (see `createPrintWindow`). */
  createWindow(viewport: PrintJob['viewport']): PrintWindow;
  /** Serve `dir` through the print session's custom protocol (never `file://`). */
  serveFolder(dir: string): ServedFolder;
  /** e.g. "Electron 45.4.1 (Chromium 154.0.0.0)". */
  name: string;
}

/** JavaScript run in the print page: resolves once `selector` matches (polling, CSP-proof). */
export function readyScript(selector: string | undefined): string {
  const match = selector === undefined ? 'true' : `document.querySelector(${JSON.stringify(selector)}) !== null`;
  return `new Promise((resolve) => { const check = () => (${match}) ? resolve(true) : setTimeout(check, 50); check(); })`;
}

/** JavaScript that resolves once web fonts have loaded. */
export const FONTS_READY_SCRIPT = 'document.fonts.ready.then(() => true)';

/** Where a print job's page lives: its folder, and the URL path + query to load it under an origin. */
export interface PrintTarget {
  dir: string;
  /** `/<file name>?<query>`, percent-encoded. */
  pathAndQuery: string;
}

/** Split a job's `file:` URL into the folder to serve and what to load from it. Other schemes are refused. */
export function printTarget(job: PrintJob): PrintTarget {
  let parsed: URL;
  try {
    parsed = new URL(job.url);
  } catch {
    throw new DeckError(error('PDF', `not a URL: ${job.url}`));
  }
  if (parsed.protocol !== 'file:')
    throw new DeckError(error('PDF', `the Electron PDF engine prints local files only, not ${parsed.protocol} URLs`));
  const file = fileURLToPath(parsed);
  return { dir: path.dirname(file), pathAndQuery: `/${encodeURIComponent(path.basename(file))}${parsed.search}` };
}

/** Prints with Electron; one window per document, always destroyed afterwards. */
export class ElectronPdfEngine implements PdfEngine {
  readonly name: string;
  private readonly open = new Set<PrintWindow>();
  private closed = false;

  constructor(private readonly deps: ElectronPdfEngineDeps) {
    this.name = deps.name;
  }

  /** Print one document; rejects with a `PDF` {@link DeckError} on failure or timeout. */
  async print(job: PrintJob, options: PrintOptions): Promise<Uint8Array> {
    const pdfOptions = toElectronPdfOptions(options);
    return this.inWindow(job, 'Printing the PDF', async (win, url) => {
      await loadReady(win, url, job.readySelector);
      try {
        return new Uint8Array(await win.webContents.printToPDF(pdfOptions));
      } catch (e) {
        throw new DeckError(error('PDF', `printing failed: ${(e as Error).message}`));
      }
    });
  }

  /**
   * One window: read the fit report (when asked) in the laid-out page, then print that same page.
   * Always one part: the app prints the decks it edits whole (chunks are for the CLI's very large decks).
   */
  async printDocument(job: DocumentPrintJob, options: PrintOptions): Promise<PrintedDocument> {
    const pdfOptions = toElectronPdfOptions(options);
    return this.inWindow(job, 'Printing the PDF', async (win, url) => {
      await loadReady(win, url, job.readySelector);
      let fits: SlideFit[] | undefined;
      try {
        if (job.measureFit) fits = (await win.webContents.executeJavaScript(fitReportScript())) as SlideFit[];
        return { parts: [new Uint8Array(await win.webContents.printToPDF(pdfOptions))], fits };
      } catch (e) {
        throw new DeckError(
          error('PDF', `${fits || !job.measureFit ? 'printing' : 'measuring the slides'} failed: ${(e as Error).message}`),
        );
      }
    });
  }

  /** Lay the page out as for printing and read back how each slide's text fitted. */
  async measureFit(job: PrintJob): Promise<SlideFit[]> {
    return this.inWindow(job, 'Measuring the slides', async (win, url) => {
      await loadReady(win, url, job.readySelector);
      try {
        return (await win.webContents.executeJavaScript(fitReportScript())) as SlideFit[];
      } catch (e) {
        throw new DeckError(error('PDF', `measuring the slides failed: ${(e as Error).message}`));
      }
    });
  }

  /** Run `work` in a fresh window serving the job's folder, with the job's timeout; the window is always destroyed. */
  private async inWindow<T>(job: PrintJob, what: string, work: (win: PrintWindow, url: string) => Promise<T>): Promise<T> {
    if (this.closed) throw new DeckError(error('PDF', 'the PDF engine was closed'));
    const timeoutMs = job.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
    const target = printTarget(job);
    const served = this.deps.serveFolder(target.dir);
    let win: PrintWindow | undefined;
    try {
      win = this.deps.createWindow(job.viewport);
      this.open.add(win);
      return await withTimeout(
        work(win, served.origin + target.pathAndQuery),
        timeoutMs,
        () => new DeckError(printTimeout(what, timeoutMs)),
      );
    } finally {
      if (win) this.dispose(win);
      served.release();
    }
  }

  /** Destroy any window still open. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    for (const win of [...this.open]) this.dispose(win);
  }

  private dispose(win: PrintWindow): void {
    this.open.delete(win);
    if (!win.isDestroyed()) win.destroy();
  }
}

/** Load the page and wait for its ready signal and fonts. Errors become `PDF` diagnostics. */
async function loadReady(win: PrintWindow, url: string, readySelector: string | undefined): Promise<void> {
  try {
    await win.webContents.loadURL(url);
  } catch (e) {
    throw new DeckError(error('PDF', `the print page did not load: ${(e as Error).message}`));
  }
  try {
    await win.webContents.executeJavaScript(readyScript(readySelector));
    await win.webContents.executeJavaScript(FONTS_READY_SCRIPT);
  } catch (e) {
    throw new DeckError(error('PDF', `printing failed: ${(e as Error).message}`));
  }
}
