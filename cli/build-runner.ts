import path from 'node:path';
import { buildDeck, exportHtml, type BuiltDeck } from '../core/build.js';
import type { Diagnostic } from '../core/errors.js';
import { launchChromiumEngine } from '../core/export/chromium-engine.js';
import { exportPdf, type PdfKind } from '../core/export/export-pdf.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import type { Paper } from '../core/export/print-options.js';
import { findContentRoot, loadLibrary } from '../core/load/load-library.js';
import { displayPath } from '../core/load/safe-path.js';
import type { Library } from '../core/model/content.js';
import type { Audience } from '../core/validate/topic-schema.js';
import type { Result } from '../core/result.js';
import { plural, printDiagnostics } from './output.js';
import { createReporter, type Reporter } from './progress.js';

/** Output formats of `immunodeck build`. */
export const FORMATS = ['html', 'pdf', 'handout', 'notes'] as const;
/** An output format: the HTML deck, the slides PDF, a handout PDF, or notes pages. */
export type Format = (typeof FORMATS)[number];

/** What to build, already checked. */
export interface BuildPlan {
  decks: string[];
  formats: Format[];
  out: string;
  /** Slides per handout page. */
  handoutLayout: 1 | 2 | 3 | 4 | 6;
  paper: Paper;
  theme?: string;
  audience?: Audience;
  /** Without a browser, build the other formats and warn once, instead of failing. */
  pdfOptional: boolean;
  /** Start the PDF engine (tests inject a fake). @default launchChromiumEngine */
  startEngine?: () => Promise<Result<PdfEngine>>;
  /** Where progress and results go. @default a bar on a terminal, plain lines otherwise */
  reporter?: Reporter;
}

/** Starts the PDF engine on first use and keeps it (or its failure) for every later deck. */
class EngineSlot {
  private started: Promise<Result<PdfEngine>> | undefined;

  constructor(private readonly start: () => Promise<Result<PdfEngine>>) {}

  get(): Promise<Result<PdfEngine>> {
    this.started ??= this.start();
    return this.started;
  }

  async close(): Promise<void> {
    const started = await this.started;
    if (started?.ok) await started.value.close();
  }
}

/**
 * Build every deck of the plan with one library load and one browser for all PDFs. Returns true
 * when every deck and every output was built.
 */
export async function runBuild(plan: BuildPlan): Promise<boolean> {
  const reporter = plan.reporter ?? createReporter(plan.decks.length);
  const engine = new EngineSlot(plan.startEngine ?? (() => launchChromiumEngine()));
  const state = { ok: true, pdfSkipped: false };
  try {
    const library = await loadLibrary(findContentRoot(plan.decks[0]!));
    for (const [i, deckFile] of plan.decks.entries()) {
      reporter.step(i, plan.decks.length, displayPath(deckFile));
      if (!(await buildOne(deckFile, plan, library, engine, reporter, state))) state.ok = false;
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
  plan: BuildPlan,
  library: Library,
  engine: EngineSlot,
  reporter: Reporter,
  state: RunState,
): Promise<boolean> {
  const sameRoot = path.resolve(findContentRoot(deckFile)) === library.root;
  const built = await buildDeck(deckFile, { theme: plan.theme, audience: plan.audience, library: sameRoot ? library : undefined });
  printDiagnostics(built.ok ? built.warnings : built.diagnostics, reporter.errors);
  if (!built.ok) {
    reporter.errors.write(`✗ ${displayPath(deckFile)}: not built\n`);
    return false;
  }
  let ok = true;
  if (plan.formats.includes('html')) ok = (await writeHtml(built.value, plan.out, reporter)) && ok;
  const kinds = pdfKinds(plan);
  if (kinds.length === 0) return ok;
  const started = await engine.get();
  if (!started.ok) return noEngine(started.diagnostics, plan, reporter, state) && ok;
  for (const kind of kinds) {
    const written = await exportPdf(built.value, started.value, kind, plan.out, plan.paper);
    printDiagnostics(written.ok ? written.warnings : written.diagnostics, reporter.errors);
    if (written.ok)
      reporter.line(
        `✓ ${displayPath(written.value.file)}  (${plural(written.value.pageCount, 'page')}, ${Math.round(written.value.bytes / 1024)} kB)`,
      );
    ok = written.ok && ok;
  }
  return ok;
}

function pdfKinds(plan: BuildPlan): PdfKind[] {
  const kinds: PdfKind[] = [];
  if (plan.formats.includes('pdf')) kinds.push('slides');
  if (plan.formats.includes('handout')) kinds.push(plan.handoutLayout);
  if (plan.formats.includes('notes')) kinds.push('notes');
  return kinds;
}

async function writeHtml(built: BuiltDeck, out: string, reporter: Reporter): Promise<boolean> {
  const written = await exportHtml(built, out);
  if (!written.ok) {
    printDiagnostics(written.diagnostics, reporter.errors);
    return false;
  }
  reporter.line(`✓ ${displayPath(written.value)}  (${built.model.slides.length} slides, ${Math.round(built.html.length / 1024)} kB)`);
  return true;
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
