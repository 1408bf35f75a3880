import { displayPath } from '../core/confine.js';
import type { Diagnostic } from '../core/errors.js';
import { createEngineSlot } from '../core/export/engine-slot.js';
import { startChromium } from '../core/export/start-chromium.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import { findContentRoot } from '../core/load/content-files.js';
import { runDeckJob, type DeckOverrides, type WrittenOutput } from '../core/job/deck-job.js';
import { PDF_OUTPUTS, type HandoutLayout, type Output, type Paper } from '../core/options.js';
import type { Result } from '../core/result.js';
import type { Library } from '../core/validate/content.js';
import { loadLibrary } from '../core/validate/load-library.js';
import { plural, printDiagnostics } from './output.js';
import { createReporter, type Reporter } from './progress.js';

/** What to build, already checked. */
export interface BuildPlan {
  decks: string[];
  outputs: Output[];
  out: string;
  /** Slides per handout page. @default the theme's, else 3 */
  handoutLayout?: HandoutLayout;
  /** Slides PDF: keep the screen colours (dark slides stay dark). */
  printBackground?: boolean;
  paper: Paper;
  overrides?: DeckOverrides;
  /** Without a browser, build the other outputs and warn once, instead of failing. */
  pdfOptional: boolean;
  /** Give up printing one PDF after this many ms. */
  timeoutMs?: number;
  /** Start the PDF engine (tests inject a fake). @default the installed Chromium */
  startEngine?: () => Promise<Result<PdfEngine>>;
  /** Where progress and results go. @default a bar on a terminal, plain lines otherwise */
  reporter?: Reporter;
}

/**
 * Build every deck of the plan with the deck job: one library load per content folder and one
 * browser for all PDFs. A deck that fails is reported and the batch goes on. Returns true when
 * every deck and every output was built.
 */
export async function runBuild(plan: BuildPlan): Promise<boolean> {
  const reporter = plan.reporter ?? createReporter(plan.decks.length);
  const engine = createEngineSlot(plan.startEngine ?? startChromium);
  const libraries = new Map<string, Promise<Library>>();
  const state = { ok: true, pdfSkipped: false };
  try {
    for (const [i, deckFile] of plan.decks.entries()) {
      reporter.step(i, plan.decks.length, displayPath(deckFile));
      const root = findContentRoot(deckFile);
      if (!libraries.has(root)) libraries.set(root, loadLibrary(root));
      const library = await libraries.get(root)!;
      if (!(await buildOne(deckFile, library, plan, engine, reporter, state))) state.ok = false;
    }
  } finally {
    reporter.stop();
    await engine.close();
  }
  return state.ok;
}

interface RunState {
  ok: boolean;
  /** The "no browser" warning was printed (once per run). */
  pdfSkipped: boolean;
}

async function buildOne(
  deckFile: string,
  library: Library,
  plan: BuildPlan,
  engine: ReturnType<typeof createEngineSlot>,
  reporter: Reporter,
  state: RunState,
): Promise<boolean> {
  const wantsPdf = plan.outputs.some((o) => PDF_OUTPUTS.includes(o));
  const started = wantsPdf ? await engine.get() : undefined;
  const noBrowser = started && !started.ok;
  const outputs = noBrowser ? plan.outputs.filter((o) => !PDF_OUTPUTS.includes(o)) : plan.outputs;
  const result = await runDeckJob({
    source: { file: deckFile },
    library,
    overrides: plan.overrides,
    outputs,
    outDir: plan.out,
    paper: plan.paper,
    handoutLayout: plan.handoutLayout,
    printBackground: plan.printBackground,
    engine,
    timeoutMs: plan.timeoutMs,
  });
  printDiagnostics(result.problems, reporter.errors);
  for (const file of result.files) reporter.line(resultLine(file));
  if (!result.model) reporter.errors.write(`✗ ${displayPath(deckFile)}: not built\n`);
  const pdfOk = noBrowser ? noEngine(started.diagnostics, plan, reporter, state) : true;
  return result.ok && pdfOk;
}

function resultLine(file: WrittenOutput): string {
  const size = `${Math.round(file.bytes / 1024)} kB`;
  return file.pages === undefined
    ? `✓ ${displayPath(file.file)}  (${plural(file.slides, 'slide')}, ${size})`
    : `✓ ${displayPath(file.file)}  (${plural(file.pages, 'page')}, ${size})`;
}

/** No browser: with --pdf-optional one warning line for the whole run, otherwise the error (once) and a failure. */
function noEngine(diagnostics: Diagnostic[], plan: BuildPlan, reporter: Reporter, state: RunState): boolean {
  if (!state.pdfSkipped) {
    state.pdfSkipped = true;
    if (!plan.pdfOptional) printDiagnostics(diagnostics, reporter.errors);
    else
      for (const d of diagnostics) reporter.errors.write(`warning: PDFs skipped, HTML only: ${d.message}.${d.hint ? ` ${d.hint}` : ''}\n`);
  }
  return plan.pdfOptional;
}
