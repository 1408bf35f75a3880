/**
 * PDF export benchmark (`npm run bench`): build + export times for generated decks of 10, 40 and 160
 * slides, against the floor — Chromium printing the same finished HTML with nothing of ours around
 * it — and a batch export of the built-in decks in one browser. Writes docs/benchmark.md and
 * bench/results/<date>.json. BENCH_RUNS sets the runs per measurement (default 5, at least 3).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { chromium, type Browser } from 'playwright-core';
import { runBuild } from '../cli/build-runner.js';
import { lineReporter } from '../cli/progress.js';
import { buildDeck, type BuiltDeck } from '../core/build.js';
import { chromiumLaunchOptions, launchChromiumEngine } from '../core/export/chromium-engine.js';
import { exportPdf, PDF_READY_SELECTOR } from '../core/export/export-pdf.js';
import { findBrowser } from '../core/export/find-browser.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import { buildPrintOptions, slidePageSize, toPlaywrightPdfOptions } from '../core/export/print-options.js';
import { yamlFiles } from '../core/validate/load-library.js';
import { generateDeck } from './generate-deck.js';
import { median, memorySampler, timed } from './measure.js';
import { writeReport, type BatchResult, type BenchResult, type SizeResult } from './report.js';

const SIZES = [10, 40, 160];
const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 5));

async function built(deckFile: string): Promise<BuiltDeck> {
  const r = await buildDeck(deckFile);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

/** The floor: playwright-core alone prints the finished deck (reveal's print view needs its ready signal). */
async function floorPrint(browser: Browser, url: string, deck: BuiltDeck): Promise<number> {
  const { ms } = await timed(async () => {
    const page = await browser.newPage({ viewport: { width: deck.model.width, height: deck.model.height } });
    await page.goto(url);
    await page.waitForSelector(PDF_READY_SELECTOR, { state: 'attached' });
    await page.pdf(toPlaywrightPdfOptions(buildPrintOptions(slidePageSize(deck.model.width, deck.model.height))));
    await page.close();
  });
  return ms;
}

/** Ours: build the deck from its YAML, then export and write the slides PDF (or a 3-up handout). */
async function oursExport(engine: PdfEngine, deckFile: string, out: string, kind: 'slides' | 3): Promise<{ build: number; total: number }> {
  const start = performance.now();
  const deck = await built(deckFile);
  const build = performance.now() - start;
  const r = await exportPdf(deck, engine, kind, out, 'letter');
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return { build, total: performance.now() - start };
}

async function measureSize(slides: number, work: string, engine: PdfEngine, floorBrowser: Browser): Promise<SizeResult> {
  const deckFile = await generateDeck(path.join(work, `lib-${slides}`), slides);
  const deck = await built(deckFile);
  const htmlFile = path.join(work, `floor-${slides}.html`);
  await writeFile(htmlFile, deck.html);
  const url = `file://${htmlFile}?print-pdf`;
  const out = path.join(work, `out-${slides}`);
  // Warm up both sides once (first page load, font caches).
  await floorPrint(floorBrowser, url, deck);
  await oursExport(engine, deckFile, out, 'slides');
  const floor: number[] = [];
  const ours: number[] = [];
  const build: number[] = [];
  const handout: number[] = [];
  const rss = memorySampler();
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a busy moment on the machine hits both sides alike.
    floor.push(await floorPrint(floorBrowser, url, deck));
    const o = await oursExport(engine, deckFile, out, 'slides');
    ours.push(o.total);
    build.push(o.build);
    handout.push((await oursExport(engine, deckFile, out, 3)).total);
  }
  return {
    slides,
    runs: RUNS,
    floorMs: median(floor),
    oursMs: median(ours),
    buildMs: median(build),
    handoutMs: median(handout),
    peakMemoryBytes: rss.stop(),
  };
}

async function measureBatch(work: string): Promise<BatchResult> {
  const decks = await yamlFiles('content/decks');
  let launches = 0;
  const rss = memorySampler();
  const { ms, value: ok } = await timed(() =>
    runBuild({
      decks,
      formats: ['html', 'pdf', 'handout'],
      out: path.join(work, 'batch'),
      handoutLayout: 3,
      paper: 'letter',
      pdfOptional: false,
      startEngine: () => {
        launches += 1;
        return launchChromiumEngine();
      },
      reporter: lineReporter(false, new PassThrough(), process.stderr),
    }),
  );
  if (!ok) throw new Error('the batch build failed');
  return { decks: decks.length, launches, totalMs: ms, peakMemoryBytes: rss.stop() };
}

/** Generated decks against the floor, each side with its own running browser. */
async function measureSizes(work: string, browserPath: string): Promise<{ sizes: SizeResult[]; chromium: string }> {
  const engine = await launchChromiumEngine({ executablePath: browserPath });
  if (!engine.ok) throw new Error(engine.diagnostics.map((d) => d.message).join('\n'));
  const floorBrowser = await chromium.launch(chromiumLaunchOptions(browserPath));
  try {
    const sizes: SizeResult[] = [];
    for (const n of SIZES) {
      const size = await measureSize(n, work, engine.value, floorBrowser);
      sizes.push(size);
      process.stderr.write(`${n} slides: ours ${Math.round(size.oursMs)} ms, floor ${Math.round(size.floorMs)} ms\n`);
    }
    return { sizes, chromium: floorBrowser.version() };
  } finally {
    await floorBrowser.close();
    await engine.value.close();
  }
}

async function main(): Promise<void> {
  const browserPath = findBrowser();
  if (!browserPath.ok) throw new Error(browserPath.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`).join('\n'));
  const work = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-bench-'));
  const loadBefore = os.loadavg()[0]!;
  try {
    const { sizes, chromium: version } = await measureSizes(work, browserPath.value);
    // After the other browsers are closed, so the memory sampler sees the batch's browser.
    const batch = await measureBatch(work);
    process.stderr.write(`batch: ${batch.decks} decks, ${batch.launches} launch, ${Math.round(batch.totalMs)} ms\n`);
    const result: BenchResult = {
      date: new Date().toISOString(),
      chromium: version,
      loadAverage: [loadBefore, os.loadavg()[0]!],
      sizes,
      batch,
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/${result.date.slice(0, 10)}.json`, `${JSON.stringify(result, null, 2)}\n`);
    await writeReport('docs/benchmark.md', result);
    process.stderr.write('wrote docs/benchmark.md\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
