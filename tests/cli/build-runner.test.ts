import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../cli/build-runner.js';
import { lineReporter } from '../../cli/progress.js';
import type { PdfEngine, PrintJob } from '../../core/export/pdf-engine.js';
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

  it('does not start a browser when no PDF is asked for', async () => {
    let starts = 0;
    const built = await runBuild({
      decks: ['tests/fixtures/pdf/library/decks/day.yaml'],
      outputs: ['html'],
      out: mkdtempSync(path.join(tmpdir(), 'immunodeck-html-')),
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      startEngine: async () => {
        starts += 1;
        return ok(fakeEngine([]));
      },
      reporter: lineReporter(false, collect().stream, collect().stream),
    });
    expect(built).toBe(true);
    expect(starts).toBe(0);
  });
});
