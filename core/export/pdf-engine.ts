/**
 * The PDF engine interface. The CLI prints with Chromium through playwright-core
 * (core/export/chromium-engine.ts); the desktop app prints with Electron's `webContents.printToPDF`.
 * Both print the same HTML with the same {@link PrintOptions}, so their PDFs match page for page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { PrintOptions } from './print-options.js';

/** One document to print. */
export interface PrintJob {
  /** A file: URL of the HTML, with its query (e.g. `file:///tmp/x/deck.html?print-pdf`). */
  url: string;
  /**
   * A CSS selector that matches once the page is laid out for print and its web fonts are in, e.g.
   * `html[data-immunodeck-pdf-ready]` (set by templates/deck-init.js after reveal's `pdf-ready`).
   * Without it the engine prints after the load event.
   */
  readySelector?: string;
  /** Window size in CSS px: the slide size, so reveal lays slides out at 1:1. */
  viewport: { width: number; height: number };
  /** Give up (with a `PDF` diagnostic, never a hang) after this many ms. @default {@link DEFAULT_PRINT_TIMEOUT_MS} */
  timeoutMs?: number;
}

/**
 * Printing one document in parts: the page boxes matching `selector` (one printed page each) are
 * printed `size` at a time, each part a PDF of its own, from the one page load. For very large
 * documents, where Chromium's single print grows faster than the page count (docs/benchmark.md).
 */
export interface PrintChunks {
  /** CSS selector of the page boxes, in print order (`.pdf-page` in reveal's print view, `.page` in handouts). */
  selector: string;
  /** Page boxes per part. */
  size: number;
  /** Called after each part is printed. */
  onChunk?(done: number, total: number): void;
}

/** What {@link PdfEngine.printDocument} asks for beyond a plain print. */
export interface DocumentPrintJob extends PrintJob {
  /** Also read the fit report ({@link fitReportScript}) in the laid-out page, before printing it. */
  measureFit?: boolean;
  /** Print in parts (see {@link PrintChunks}); without it, one part. */
  chunks?: PrintChunks;
}

/** A document printed by {@link PdfEngine.printDocument}. */
export interface PrintedDocument {
  /** The PDF, in one or more parts in page order (one unless the job asked for chunks). */
  parts: Uint8Array[];
  /** The fit report of the page that was printed, when the job asked for it. */
  fits?: SlideFit[];
}

/** How one slide's text fitted, as measured in the browser. */
export interface SlideFit {
  /** The slide's `data-key`. */
  key: string;
  /** deck-fit.js's verdict: ok, shrunk, below-minimum, overflow (or "unmeasured" when it did not run). */
  fit: string;
  /** The smallest body text size it ended at, in CSS px. */
  bodyPx: number;
  /** Words of a heading wider than the heading's box (the browser breaks them mid-word). */
  longWords: string[];
}

let fitScript: string | undefined;

/**
 * JavaScript (templates/fit-report.js) run in the laid-out page that returns {@link SlideFit}[]
 * as JSON-able data. Shared by every engine so they measure alike; it only reads the page.
 */
export function fitReportScript(): string {
  return (fitScript ??= readFileSync(path.join(TEMPLATES_DIR, 'fit-report.js'), 'utf8'));
}

/** How long an engine waits for a page to be ready and printed before it gives up. */
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/** A browser that prints HTML to PDF. Reuse one for many documents; close it when done. */
export interface PdfEngine {
  /** Engine and version, e.g. "Chromium 156.0.8078.79", for messages and the PDF producer field. */
  readonly name: string;
  /**
   * Print one document. Rejects with a {@link DeckError} carrying `PDF` diagnostics when the page
   * does not load, is not ready in time, or printing fails.
   */
  print(job: PrintJob, options: PrintOptions): Promise<Uint8Array>;
  /**
   * Load a deck page as for printing and read back how each slide's text fitted (the `data-fit`
   * that templates/deck-fit.js records, and headings with a word too wide for them), in slide
   * order. Rejects like {@link print}. Optional: an engine without it leaves the fit to estimates.
   */
  measureFit?(job: PrintJob): Promise<SlideFit[]>;
  /**
   * Load the page once and, in that load, read the fit report (when asked) and print it, whole or
   * in parts. Rejects like {@link print}. Optional: without it the job prints with {@link print}
   * and measures in a second load with {@link measureFit}.
   */
  printDocument?(job: DocumentPrintJob, options: PrintOptions): Promise<PrintedDocument>;
  /** Close the browser (or window). Safe to call twice. */
  close(): Promise<void>;
}

/** The diagnostic for a page that was not ready (or not printed) in time. */
export function printTimeout(what: string, ms: number): Diagnostic {
  return error(
    'PDF',
    `${what} took longer than ${Math.round(ms / 1000)} s, so the PDF was not made`,
    undefined,
    'A very large deck or a busy machine can be slow: try again, or export fewer decks at once. If it keeps happening, report it with the deck file.',
  );
}

/**
 * Run `work`, rejecting with `onTimeout()` if it takes longer than `ms`. The timer never keeps the
 * process alive.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
