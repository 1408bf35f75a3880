import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { cpuModel } from './measure.js';

/** Medians for one generated deck size. */
export interface SizeResult {
  slides: number;
  runs: number;
  /** playwright-core alone: new page, goto, wait for reveal's print view, page.pdf. */
  floorMs: number;
  /** ImmunoDeck: build from YAML + slides PDF (print, metadata, outline) + atomic write. */
  oursMs: number;
  /** The build part of oursMs (load, validate, compose, render). */
  buildMs: number;
  /** ImmunoDeck: build + 3-up Letter handout. */
  handoutMs: number;
  peakMemoryBytes: number;
}

/** The batch export of the built-in decks. */
export interface BatchResult {
  decks: number;
  /** Browser launches for the whole batch (should be 1). */
  launches: number;
  totalMs: number;
  peakMemoryBytes: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchResult {
  date: string;
  chromium: string;
  /** 1-minute load average before and after: other work on the machine skews absolute times. */
  loadAverage: [number, number];
  sizes: SizeResult[];
  batch: BatchResult;
}

const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function machineTable(r: BenchResult): string {
  return `| Machine | |
|---|---|
| CPU | ${cpuModel()} (${os.cpus().length} cores) |
| Memory | ${mb(os.totalmem())} |
| Node | ${process.version} |
| Chromium | ${r.chromium} |
| Load average (1 min) before / after | ${r.loadAverage.map((l) => l.toFixed(1)).join(' / ')} |`;
}

/** docs/benchmark.md from a result. */
export function renderReport(r: BenchResult): string {
  const rows = r.sizes.map(
    (s) =>
      `| ${s.slides} | ${ms(s.buildMs)} | ${ms(s.oursMs)} | ${ms(s.floorMs)} | **${(s.oursMs / s.floorMs).toFixed(2)}×** | ${ms(s.handoutMs)} | ${mb(s.peakMemoryBytes)} |`,
  );
  return `# PDF export benchmark

Measured by \`npm run bench\` (bench/pdf-bench.ts) on ${r.date.slice(0, 10)}. Re-run it to update this page.

${machineTable(r)}

## Slides PDF: ImmunoDeck against the floor

Generated decks (bullets, callout, table, two-column and questions slides, every one with notes or
citations). Medians of ${r.sizes[0]?.runs ?? 0} runs after one warm-up, ImmunoDeck and the floor interleaved,
each with its browser already running.

- **ImmunoDeck**: build the deck from its YAML files (load, validate, compose, render), write the print
  HTML to a temporary file, print it (new page, wait for reveal's \`pdf-ready\` and web fonts, \`page.pdf\`),
  add metadata, language and outline with pdf-lib, write the PDF atomically.
- **Floor**: playwright-core alone prints the same finished HTML: new page, \`page.goto(file://…?print-pdf)\`,
  wait for reveal's print view, \`page.pdf\` with the same options, close. (Without the wait Chromium
  would print the page before reveal.js has laid the slides out.)

| Slides | Build | Build + slides PDF | Floor | Overhead | Build + 3-up handout | Peak memory |
|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

## Batch: every built-in deck in one browser

\`immunodeck build content/decks --format html,pdf,handout\` (3-up Letter), as \`npm run decks\` does:
${r.batch.decks} decks, **${r.batch.launches} browser launch${r.batch.launches === 1 ? '' : 'es'}**, ${ms(r.batch.totalMs)} in all
(${ms(r.batch.totalMs / Math.max(1, r.batch.decks))} per deck for HTML + slides PDF + handout), peak memory ${mb(r.batch.peakMemoryBytes)}.

Peak memory is sampled every 100 ms: the Node process plus the browser ImmunoDeck prints with (not the
floor's), as PSS (proportional set size: pages shared between Chromium's processes are split, not
counted once per process as RSS would).

No test asserts a time: these figures depend on the machine and on what else runs on it.
`;
}

/** Write the report. */
export async function writeReport(file: string, r: BenchResult): Promise<void> {
  await writeFile(file, renderReport(r));
}
