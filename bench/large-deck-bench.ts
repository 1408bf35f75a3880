/**
 * The large-deck benchmark (issue 15): a 2,000-slide deck exported as HTML, slides PDF, notes PDF
 * and 3-up handout with the real Chromium, each output's time and peak memory (this process and
 * the browser's processes), and how cost grows from 500 to 2,000 slides (linear: ×4 time for ×4
 * slides, so the "growth / linear" ratio stays near 1). `npm run bench` calls
 * {@link runLargeDeckBench}; `npx tsx bench/large-deck-bench.ts` runs it alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngineSlot } from '../core/export/engine-slot.js';
import { startChromium } from '../core/export/start-chromium.js';
import { runDeckJob } from '../core/job/deck-job.js';
import { PRINT_CHUNKS, type Output } from '../core/options.js';

/** The load average (1, 5, 15 min) when the run started. */
let loadBefore = '';

/** Slide counts measured; the last is the large deck. */
const SIZES = [500, 2000] as const;
const OUTPUTS: Output[] = ['html', 'pdf', 'notes', 'handout'];
const SLIDES_PER_TOPIC = 100;

/** One output of one deck size. */
interface Measured {
  slides: number;
  output: Output;
  seconds: number;
  pages?: number;
  /** Peak resident memory of this process during the output, in MB. */
  nodePeakMb: number;
  /** Peak resident memory of the browser's processes during the output, in MB. */
  browserPeakMb: number;
  ok: boolean;
  problem?: string;
}

/** Write a content folder whose deck has about `slides` slides (topics of 100 bullet slides). */
export async function writeLargeDeck(dir: string, slides: number): Promise<string> {
  await mkdir(path.join(dir, 'topics'), { recursive: true });
  await mkdir(path.join(dir, 'decks'), { recursive: true });
  const topics = Math.ceil(slides / SLIDES_PER_TOPIC);
  for (let t = 0; t < topics; t++) {
    const body = Array.from({ length: SLIDES_PER_TOPIC }, (_, s) =>
      [
        '  - layout: bullets',
        `    title: Topic ${t + 1}, slide ${s + 1}`,
        '    items:',
        '      - T cells find and kill sick cells.',
        '      - Checkpoint medicines release the brakes on T cells.',
        `    notes: Say this for slide ${s + 1} of topic ${t + 1}, in plain words.`,
      ].join('\n'),
    ).join('\n');
    const head = `title: Bench topic ${t + 1}\ncategory: basics\nsummary: A generated topic.\nlastReviewed: 2026-11-01\nreferences: []\nslides:\n`;
    await writeFile(path.join(dir, 'topics', `bench-${t + 1}.yaml`), head + body + '\n');
  }
  const list = Array.from({ length: topics }, (_, t) => `  - bench-${t + 1}`).join('\n');
  const deck = path.join(dir, 'decks', 'large.yaml');
  await writeFile(deck, `title: Large deck\naudience: patient\ntopics:\n${list}\n`);
  return deck;
}

/** Resident memory (MB) of every process below this one (the browser and its helpers). */
function childrenRssMb(): number {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const below = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, ppid] of rows)
        if (below.has(ppid) && !below.has(pid)) {
          below.add(pid);
          grew = true;
        }
    }
    return rows.filter(([pid]) => pid !== process.pid && below.has(pid)).reduce((kb, [, , rss]) => kb + rss, 0) / 1024;
  } catch {
    return 0;
  }
}

/** Run `work` while sampling memory every 250 ms. */
async function sampled<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; nodePeakMb: number; browserPeakMb: number }> {
  let nodePeak = process.memoryUsage().rss;
  let browserPeak = 0;
  const timer = setInterval(() => {
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss);
    browserPeak = Math.max(browserPeak, childrenRssMb());
  }, 250);
  const started = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - started) / 1000, nodePeakMb: nodePeak / 2 ** 20, browserPeakMb: browserPeak };
  } finally {
    clearInterval(timer);
  }
}

async function measureSize(base: string, slides: number): Promise<Measured[]> {
  const dir = path.join(base, `deck-${slides}`);
  const deck = await writeLargeDeck(dir, slides);
  const engine = createEngineSlot(startChromium);
  const rows: Measured[] = [];
  try {
    for (const output of OUTPUTS) {
      const run = await sampled(() =>
        runDeckJob({
          source: { file: deck },
          outputs: [output],
          outDir: path.join(dir, 'out'),
          engine,
          paper: 'letter',
          handoutLayout: 3,
          timeoutMs: 30 * 60_000,
          onProgress: (p) => p.part && process.stderr.write(`  ${slides} slides, ${p.step}: part ${p.part.done} of ${p.part.total}\n`),
        }),
      );
      const file = run.value.files[0];
      const problem = run.value.problems.find((p) => p.severity === 'error')?.message;
      rows.push({
        slides: run.value.model?.slides.length ?? slides,
        output,
        seconds: run.seconds,
        pages: file?.pages,
        nodePeakMb: run.nodePeakMb,
        browserPeakMb: run.browserPeakMb,
        ok: run.value.ok,
        problem,
      });
    }
  } finally {
    await engine.close();
  }
  return rows;
}

/** Run the benchmark: a table for the report and the raw figures. */
export async function runLargeDeckBench(): Promise<{ markdown: string; json: unknown }> {
  loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const base = await mkdtemp(path.join(tmpdir(), 'immunodeck-large-bench-'));
  try {
    const rows: Measured[] = [];
    for (const size of SIZES) rows.push(...(await measureSize(base, size)));
    return { markdown: toMarkdown(rows), json: { rows, growth: growth(rows) } };
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

/** Time(2,000) / time(500) divided by the slide ratio, per output: 1 is linear, 2 would be twice as bad. */
function growth(rows: Measured[]): Record<string, number> {
  const [small, large] = SIZES;
  const out: Record<string, number> = {};
  for (const output of OUTPUTS) {
    const a = rows.find((r) => r.output === output && r.slides >= small && r.slides < large);
    const b = rows.find((r) => r.output === output && r.slides >= large);
    if (a?.ok && b?.ok) out[output] = b.seconds / a.seconds / (b.slides / a.slides);
  }
  return out;
}

function toMarkdown(rows: Measured[]): string {
  const g = growth(rows);
  const perSlide = (r: Measured) => ((r.seconds * 1000) / r.slides).toFixed(1);
  const lines = [
    '### Large deck (issue 15)',
    '',
    `Each output of a generated deck built by the deck job with the real Chromium (one browser per deck size), on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average before the run ${loadBefore}, after ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}. PDFs of more than ${PRINT_CHUNKS.thresholdPages} pages print in parts of ${PRINT_CHUNKS.pages} pages from one page load, merged (docs/pdf-export.md).`,
    '',
    '| slides | output | time (s) | ms per slide | pages | node peak (MB) | browser peak (MB) | result |',
    '|---:|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.slides} | ${r.output} | ${r.seconds.toFixed(1)} | ${perSlide(r)} | ${r.pages ?? ''} | ${r.nodePeakMb.toFixed(0)} | ${r.browserPeakMb.toFixed(0)} | ${r.ok ? 'ok' : `failed: ${r.problem ?? ''}`} |`,
    ),
    '',
    `Linearity from ${SIZES[0]} to ${SIZES[1]} slides — the cost per slide at ${SIZES[1]} divided by the cost per slide at ${SIZES[0]} (1.00 = linear, 2.00 = twice the per-slide cost): ${OUTPUTS.map((o) => `${o} ${g[o]?.toFixed(2) ?? 'n/a'}`).join(', ')}.`,
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown, json } = await runLargeDeckBench();
  process.stdout.write(`${markdown}\n\n${JSON.stringify(json, null, 2)}\n`);
}
