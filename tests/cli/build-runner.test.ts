import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../cli/build-runner.js';
import { lineReporter } from '../../cli/progress.js';
import type { DocumentPrintJob, PdfEngine, PrintJob, SlideFit } from '../../core/export/pdf-engine.js';
import type { PrintOptions } from '../../core/export/print-options.js';
import { ok } from '../../core/result.js';

/** A stand-in engine: a blank PDF of the right page size for each job, and a record of every call. */
function fakeEngine(log: string[]): PdfEngine {
  return {
    name: 'Fake 1.0',
    async print(job: PrintJob, options: PrintOptions) {
      log.push(`print ${new URL(job.url).search || '(handout)'} ${job.readySelector}`);
      expect(options).toMatchObject({ preferCSSPageSize: true, printBackground: true, tagged: true, landscape: false, scale: 1 });
      const doc = await PDFDocument.create();
      doc.addPage([options.pageSize.widthIn * 72, options.pageSize.heightIn * 72]);
      return doc.save();
    },
    async close() {
      log.push('close');
    },
  };
}

/** A stand-in engine that loads each document once (printDocument) and returns `fits` when asked to measure. */
function documentEngine(log: string[], fits: SlideFit[]): PdfEngine {
  const engine = fakeEngine([]);
  engine.printDocument = async (job: DocumentPrintJob, options: PrintOptions) => {
    log.push(`document ${new URL(job.url).search || '(handout)'} measure=${job.measureFit === true}`);
    return { parts: [await engine.print(job, options)], fits: job.measureFit ? fits : undefined };
  };
  const close = engine.close.bind(engine);
  engine.close = async () => {
    log.push('close');
    await close();
  };
  return engine;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('runBuild', () => {
  it('starts one PDF engine for a whole batch and closes it once', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-batch-'));
    const log: string[] = [];
    let starts = 0;
    const stdout = collect();
    const ok_ = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml', 'tests/fixtures/pdf/library/decks/night.yaml'],
      outputs: ['html', 'pdf', 'handout', 'notes'],
      out,
      handoutLayout: 6,
      paper: 'a4',
      pdfOptional: false,
      startEngine: async () => {
        starts += 1;
        return ok(fakeEngine(log));
      },
      reporter: lineReporter(true, stdout.stream, collect().stream),
    });
    expect(ok_).toBe(true);
    expect(starts).toBe(1);
    expect(log.filter((l) => l === 'close')).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('print ?print-pdf html[data-immunodeck-pdf-ready]'))).toHaveLength(2);
    expect(log.filter((l) => l.includes('html[data-immunodeck-handout-ready]'))).toHaveLength(4);
    expect(readdirSync(out).sort()).toEqual([
      'day-handout-6up-a4.pdf',
      'day-notes-a4.pdf',
      'day.html',
      'day.pdf',
      'night-handout-6up-a4.pdf',
      'night-notes-a4.pdf',
      'night.html',
      'night.pdf',
    ]);
    expect(stdout.text()).toMatch(/^\[1\/2\] tests\/fixtures\/pdf\/library\/decks\/day\.yaml\n/);
    expect(stdout.text()).toContain('[2/2] tests/fixtures/pdf/library/decks/night.yaml');
  });

  it('for HTML alone starts no browser: the fit is estimated, and said once to be an estimate', async () => {
    let starts = 0;
    const errors = collect();
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml', 'tests/fixtures/pdf/library/decks/night.yaml'],
      outputs: ['html'],
      out: mkdtempSync(path.join(tmpdir(), 'immunodeck-html-')),
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      startEngine: async () => {
        starts += 1;
        return ok(fakeEngine([]));
      },
      reporter: lineReporter(false, collect().stream, errors.stream),
    });
    expect(built).toBe(true);
    expect(starts).toBe(0);
    // These decks fit by the estimates: nothing to say.
    expect(errors.text()).toBe('');
  });

  it('--measure-fit with HTML alone starts the browser to measure the slides, and reports a slide that does not fit', async () => {
    let starts = 0;
    const log: string[] = [];
    const errors = collect();
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml'],
      outputs: ['html'],
      out: mkdtempSync(path.join(tmpdir(), 'immunodeck-html-')),
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      fit: 'measure',
      startEngine: async () => {
        starts += 1;
        const engine = fakeEngine(log);
        // The print view as deck-fit.js leaves it: the second slide's text is cut off.
        engine.measureFit = async (job) => {
          log.push(`measure ${new URL(job.url).search} ${job.readySelector} ${job.viewport.width}x${job.viewport.height}`);
          return [
            { key: 'a', fit: 'ok', bodyPx: 32, longWords: [] },
            { key: 'b', fit: 'overflow', bodyPx: 24, longWords: [] },
          ];
        };
        return ok(engine);
      },
      reporter: lineReporter(false, collect().stream, errors.stream),
    });
    expect(built).toBe(true);
    expect(starts).toBe(1);
    expect(log).toEqual(['measure ?print-pdf html[data-immunodeck-pdf-ready] 1024x768', 'close']);
    expect(errors.text()).toMatch(
      /^tests\/fixtures\/pdf\/library\/topics\/[a-z-]+\.yaml:\d+:\d+ warning: slide "[^"]+": text is cut off: it does not fit even at 24px$/m,
    );
  });

  it('with a slides PDF, the fit is read in the page that is printed: one page load, no second one', async () => {
    const log: string[] = [];
    const errors = collect();
    const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-inprint-'));
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml'],
      outputs: ['html', 'pdf', 'notes'],
      out,
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      startEngine: async () => ok(documentEngine(log, [{ key: 'b', fit: 'below-minimum', bodyPx: 25, longWords: [] }])),
      reporter: lineReporter(false, collect().stream, errors.stream),
    });
    expect(built).toBe(true);
    // The slides PDF is printed first with the fit report, then the rest; measureFit is never called.
    expect(log).toEqual(['document ?print-pdf measure=true', 'document (handout) measure=false', 'close']);
    expect(readdirSync(out).sort()).toEqual(['day-notes-letter.pdf', 'day.html', 'day.pdf']);
    expect(errors.text()).toMatch(/:\d+:\d+ warning: slide "[^"]+": text was shrunk to 25px to fit, below this theme's minimum of 28px/);
  });

  it('--strict with a PDF: the slide that does not fit is found in the print, and nothing is written', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-strict-pdf-'));
    const errors = collect();
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml'],
      outputs: ['html', 'pdf'],
      out,
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      strict: true,
      startEngine: async () => ok(documentEngine([], [{ key: 'a', fit: 'overflow', bodyPx: 24, longWords: [] }])),
      reporter: lineReporter(false, collect().stream, errors.stream),
    });
    expect(built).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(errors.text()).toMatch(/:\d+:\d+ error: slide "[^"]+": text is cut off/);
  });

  it('--strict: a slide that does not fit is an error, and nothing is written', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-strict-'));
    const errors = collect();
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml'],
      outputs: ['html'],
      out,
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      strict: true,
      fit: 'measure',
      startEngine: async () => {
        const engine = fakeEngine([]);
        engine.measureFit = async () => [{ key: 'a', fit: 'below-minimum', bodyPx: 25, longWords: ['Immunohistochemistry'] }];
        return ok(engine);
      },
      reporter: lineReporter(false, collect().stream, errors.stream),
    });
    expect(built).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(errors.text()).toMatch(/:\d+:\d+ error: slide "[^"]+": text was shrunk to 25px to fit, below this theme's minimum of 28px/);
    expect(errors.text()).toMatch(/error: slide "[^"]+": the heading word "Immunohistochemistry" is wider than the slide/);
    expect(errors.text()).toMatch(/✗ .*day\.yaml: not built \(--strict/);
  });
});
