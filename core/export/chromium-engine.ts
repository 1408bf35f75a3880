import { createRequire } from 'node:module';
import type { Browser, BrowserType, LaunchOptions, Page } from 'playwright-core';
import { DeckError, error } from '../errors.js';
import { fail, ok, type Result } from '../result.js';
import { findBrowser, HEADLESS_ARGS, needsNoSandbox } from './find-browser.js';
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
} from './pdf-engine.js';
import { printPartScript } from './print-chunks.js';
import { toPlaywrightPdfOptions, type PrintOptions } from './print-options.js';

/**
 * playwright-core is CommonJS: required, not imported, so Node does not scan its 3 MB bundle for
 * named exports (cjs-module-lexer) on every PDF build, which cost about 0.3 s of each CLI run.
 */
const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType };

/** Options for {@link launchChromiumEngine}. */
export interface ChromiumEngineOptions {
  /** The browser to run. @default findBrowser(): CHROME_PATH, then the usual install paths */
  executablePath?: string;
  /** Environment for CHROME_PATH and CI. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/**
 * playwright-core launch options for an installed Chromium: never a downloaded browser, the
 * sandbox on unless running as root or in CI (Playwright turns it off unless asked).
 */
export function chromiumLaunchOptions(executablePath: string, env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  return {
    executablePath,
    headless: true,
    chromiumSandbox: !needsNoSandbox(env),
    // Playwright adds --headless itself, and a fresh temporary --user-data-dir per launch.
    args: HEADLESS_ARGS.filter((a) => a !== '--headless'),
    timeout: 30_000,
  };
}

/**
 * Start Chromium once for any number of prints. Fails with a `PDF` diagnostic that names what to
 * install when no browser is found or it does not start.
 */
export async function launchChromiumEngine(options: ChromiumEngineOptions = {}): Promise<Result<PdfEngine>> {
  const env = options.env ?? process.env;
  const found = options.executablePath ? ok(options.executablePath) : findBrowser(env);
  if (!found.ok) return found;
  try {
    const browser = await chromium.launch(chromiumLaunchOptions(found.value, env));
    return ok(new ChromiumEngine(browser));
  } catch (e) {
    const first = (e as Error).message.split('\n')[0] ?? '';
    return fail([
      error(
        'PDF',
        `the browser ${found.value} did not start: ${first}`,
        undefined,
        'Check that it runs (try `<browser> --version`), or set CHROME_PATH to another Chrome, Chromium or Edge.',
      ),
    ]);
  }
}

/** A {@link PdfEngine} backed by one headless Chromium; each print gets its own page. */
class ChromiumEngine implements PdfEngine {
  readonly name: string;

  constructor(private readonly browser: Browser) {
    this.name = `Chromium ${browser.version()}`;
  }

  async print(job: PrintJob, options: PrintOptions): Promise<Uint8Array> {
    const { parts } = await this.printDocument(job, options);
    return parts[0]!;
  }

  /**
   * One page load: wait until it is laid out, read the fit report if asked, then print it whole or
   * in parts (each part shows only its page boxes; the others are `display: none`).
   */
  async printDocument(job: DocumentPrintJob, options: PrintOptions): Promise<PrintedDocument> {
    const ms = job.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
    const page = await this.browser.newPage({ viewport: job.viewport, javaScriptEnabled: true });
    try {
      await this.load(page, job, ms);
      const fits = job.measureFit ? ((await page.evaluate(fitReportScript())) as SlideFit[]) : undefined;
      const pdfOptions = toPlaywrightPdfOptions(options);
      const printPart = async () => {
        const pdf = await withTimeout(page.pdf(pdfOptions), ms, () => new DeckError(printTimeout('Printing the page', ms)));
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      };
      if (!job.chunks) return { parts: [await printPart()], fits };
      const { selector, size, onChunk } = job.chunks;
      const boxes = await page.locator(selector).count();
      const total = Math.max(1, Math.ceil(boxes / size));
      const parts: Uint8Array[] = [];
      for (let i = 0; i < total; i++) {
        await page.evaluate(printPartScript({ selector, from: i * size, to: Math.min(boxes, (i + 1) * size) }));
        parts.push(await printPart());
        onChunk?.(i + 1, total);
      }
      return { parts, fits };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async measureFit(job: PrintJob): Promise<SlideFit[]> {
    const ms = job.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
    const page = await this.browser.newPage({ viewport: job.viewport, javaScriptEnabled: true });
    try {
      await this.load(page, job, ms);
      return (await page.evaluate(fitReportScript())) as SlideFit[];
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Open the page and wait until it is ready; a script error in the page fails at once, not at the timeout. */
  private async load(page: Page, job: PrintJob, ms: number): Promise<void> {
    let pageError: ((e: Error) => void) | undefined;
    const crashed = new Promise<never>((_, reject) => (pageError = reject));
    crashed.catch(() => undefined);
    page.on('pageerror', (e) => pageError?.(e));
    try {
      await Promise.race([this.ready(page, job, ms), crashed]);
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError') throw new DeckError(printTimeout('Laying out the deck for print', ms));
      throw new DeckError(
        error(
          'PDF',
          `the page could not be laid out for print: ${err.message.split('\n')[0]}`,
          undefined,
          'This is a bug in ImmunoDeck or its templates: please report it with the deck file.',
        ),
      );
    }
  }

  private async ready(page: Page, job: PrintJob, ms: number): Promise<void> {
    await page.goto(job.url, { waitUntil: 'load', timeout: ms });
    // The page sets its ready signal once its web fonts are in (deck-init.js, handout-init.js).
    if (job.readySelector) await page.waitForSelector(job.readySelector, { state: 'attached', timeout: ms });
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}
