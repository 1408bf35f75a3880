import path from 'node:path';
import { displayPath } from '../core/confine.js';
import type { Diagnostic } from '../core/errors.js';
import { createEngineSlot, type EngineSlot } from '../core/export/engine-slot.js';
import { startChromium } from '../core/export/start-chromium.js';
import { cleanStaleTemp } from '../core/export/stale-temp.js';
import { addExitCleanup } from '../core/export/temp-registry.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import { findContentRoot } from '../core/load/content-files.js';
import { runDeckJob, type DeckOverrides, type WrittenOutput } from '../core/job/deck-job.js';
import { PDF_OUTPUTS, type FitMode, type HandoutLayout, type Output, type Paper } from '../core/options.js';
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
  /** Slides whose text does not fit are errors (see DeckJobOptions.strict). */
  strict?: boolean;
  /** How the fit is checked (DeckJobOptions.fit; `--measure-fit`: `measure`). @default auto */
  fit?: FitMode;
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
  // Leftovers of a build that was killed (print and profile folders, `.tmp` files in the output folder).
  cleanStaleTemp({ outputDirs: [plan.out] });
  const engine = createEngineSlot(plan.startEngine ?? startChromium);
  const forgetEngine = addExitCleanup(() => engine.close());
  const libraries = new Map<string, Promise<Library>>();
  const state: RunState = { ok: true, pdfSkipped: false, written: [] };
  try {
    for (const [i, deckFile] of plan.decks.entries()) {
      reporter.step(i, plan.decks.length, displayPath(deckFile));
      try {
        // A batch reads each content folder once; a single deck lets the job read only the topics it names.
        const root = findContentRoot(deckFile);
        if (plan.decks.length > 1 && !libraries.has(root)) libraries.set(root, loadLibrary(root));
        const library = plan.decks.length > 1 ? await libraries.get(root)! : undefined;
        if (!(await buildOne(deckFile, library, plan, engine, reporter, state))) state.ok = false;
      } catch (e) {
        // Whatever fails, the deck is named and the batch goes on with the next one.
        state.ok = false;
        reporter.errors.write(`✗ ${displayPath(deckFile)}: not built: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      }
    }
    if (state.written.length > 1) reporter.line(whereToLook(state.written));
  } finally {
    reporter.stop();
    await engine.close();
    forgetEngine();
  }
  return state.ok;
}

interface RunState {
  ok: boolean;
  /** Every file written in this run. */
  written: WrittenOutput[];
  /** Messages of notes about the whole run (no location) already printed. */
  notes?: Set<string>;
  /** The "no browser" warning was printed (once per run). */
  pdfSkipped: boolean;
}

async function buildOne(
  deckFile: string,
  library: Library | undefined,
  plan: BuildPlan,
  engine: EngineSlot,
  reporter: Reporter,
  state: RunState,
): Promise<boolean> {
  // The browser starts while the deck is read and rendered: the two run side by side.
  const needsBrowser = plan.outputs.some((o) => PDF_OUTPUTS.includes(o)) || plan.fit === 'measure';
  const starting = needsBrowser ? engine.get() : undefined;
  const result = await runDeckJob({
    source: { file: deckFile },
    library,
    overrides: plan.overrides,
    outputs: plan.outputs,
    outDir: plan.out,
    paper: plan.paper,
    handoutLayout: plan.handoutLayout,
    printBackground: plan.printBackground,
    engine,
    timeoutMs: plan.timeoutMs,
    strict: plan.strict,
    fit: plan.fit,
    onProgress: (p) => reporter.progress?.(p),
  });
  const started = await starting;
  const noBrowser = started && !started.ok ? started.diagnostics : undefined;
  // Without a browser the job reports it once per deck; the run reports it once (or warns, with --pdf-optional).
  printDiagnostics(onceNotes(noBrowser ? result.problems.filter((d) => !noBrowser.includes(d)) : result.problems, state), reporter.errors);
  for (const file of result.files) reporter.line(resultLine(file));
  state.written.push(...result.files);
  if (result.model && plan.strict && result.files.length === 0 && result.problems.some((d) => d.code === 'FIT' && d.severity === 'error'))
    reporter.errors.write(`✗ ${displayPath(deckFile)}: not built (--strict: slides whose text does not fit)\n`);
  else if (!result.model || (!result.ok && result.files.length === 0)) reporter.errors.write(`✗ ${displayPath(deckFile)}: not built\n`);
  if (!noBrowser) return result.ok;
  const others = result.problems.filter((d) => !noBrowser.includes(d) && d.severity === 'error');
  return noEngine(noBrowser, plan, reporter, state) && others.length === 0 && !!result.model;
}

/** The closing lines of a batch: where the files are and what to open first. */
function whereToLook(files: WrittenOutput[]): string {
  const dirs = [...new Set(files.map((f) => path.dirname(f.file)))];
  const html = files.find((f) => f.output === 'html');
  const pdfs = files.filter((f) => f.output !== 'html').length;
  const lines = [`\n${plural(files.length, 'file')} written to ${dirs.join(', ')}`];
  if (html)
    lines.push(
      `Open ${path.basename(html.file)} (or any .html there) in a web browser: arrow keys to move, S for speaker notes, F for full screen.`,
    );
  if (pdfs) lines.push(`The PDFs next to it print as they are: <deck>.pdf has the slides, -handout- the handouts, -notes the notes pages.`);
  return lines.join('\n');
}

/** A note without a location (e.g. "the slides were not measured in a browser") is printed once per run, not per deck. */
function onceNotes(problems: Diagnostic[], state: RunState): Diagnostic[] {
  const seen = (state.notes ??= new Set());
  return problems.filter((d) => {
    if (d.location || d.severity === 'error') return true;
    if (seen.has(d.message)) return false;
    seen.add(d.message);
    return true;
  });
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
