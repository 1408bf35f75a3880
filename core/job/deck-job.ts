/**
 * The one deck job: the only way ImmunoDeck builds anything. The CLI, the app's service, the local
 * server and the benchmark are thin shells over {@link runDeckJob}.
 *
 * deck (file or data) → load → validate → compose (model) → render (parts) → export (files)
 */
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, hasErrors, type Diagnostic } from '../errors.js';
import { writeFileAtomic } from '../export/atomic-write.js';
import type { EngineSlot } from '../export/engine-slot.js';
import type { PdfKind } from '../export/export-pdf.js';
import { findContentRoot } from '../load/content-files.js';
import { composeDeck } from '../model/compose-deck.js';
import type { DeckModel } from '../model/deck-model.js';
import { problemsOfDeckTopics } from '../model/deck-topics.js';
import { defaultPaper, PDF_OUTPUTS, type Audience, type HandoutLayout, type Language, type Output, type Paper } from '../options.js';
import { renderDeck, type RenderedDeck } from '../render/render-deck.js';
import { checkHandoutSize, handoutLayoutFor } from '../render/print-sizes.js';
import type { Library, LoadedDeck } from '../validate/content.js';
import type { Branding } from '../validate/deck-schema.js';
import { loadLibrary } from '../validate/load-library.js';
import { deckFromData, loadDeck } from '../validate/validate-deck.js';
import { glyphProblems, locateThemeProblems } from './deck-theme.js';
import { checkFit, strictFit, type FitMode } from './deck-fit.js';

/** Where the deck comes from: a deck file, or deck data in memory (the app's deck being edited). */
export type DeckSource =
  | { file: string }
  | {
      /** The deck file's content as data (the shape of a deck YAML file). */
      data: unknown;
      /** Deck id: its file name without .yaml. */
      id: string;
    };

/** Settings that replace the deck file's own for this job. */
export interface DeckOverrides {
  audience?: Audience;
  theme?: string;
  language?: Language;
  /** Fields given here replace the deck's branding fields. */
  branding?: Partial<Branding>;
  /**
   * Show slides that lack wording in the deck's language in English, marked, with a warning,
   * instead of failing the job. @default false
   */
  allowEnglishFallback?: boolean;
}

/** Progress of a job, after each step. */
export interface JobProgress {
  done: number;
  total: number;
  /** What happens next, in plain words. */
  step: string;
}

/** Options of {@link runDeckJob}. */
export interface DeckJobOptions {
  source: DeckSource;
  /** A library already loaded (batch builds and the app load it once). */
  library?: Library;
  /** Content folder. @default the library's, or the nearest folder above the deck file that holds topics/ */
  contentRoot?: string;
  overrides?: DeckOverrides;
  /** What to write, in this order. Empty: compose and render only (the app's preview). @default [] */
  outputs?: readonly Output[];
  /** Folder the outputs go to. Required when there are outputs. */
  outDir?: string;
  /** Paper of handouts and notes pages. @default the system locale's ({@link defaultPaper}) */
  paper?: Paper;
  /** Slides per handout page. @default the theme's (`print.handoutLayout`: large print 2), else 3 */
  handoutLayout?: HandoutLayout;
  /**
   * Slides PDF: keep the screen colours, so dark slides stay dark. Off (default): dark themes print
   * on white with their print palette, like handouts, notes and leaflets. @default false
   */
  printBackground?: boolean;
  /** The PDF engine, started on the first PDF (see createEngineSlot). Required for PDF outputs. */
  engine?: EngineSlot;
  /** Give up printing one PDF after this many ms. */
  timeoutMs?: number;
  /** Rendering tweaks for the app's preview. */
  render?: { extraCss?: string; previewEvents?: boolean };
  /** Called before each output is made. */
  onProgress?: (progress: JobProgress) => void;
  /** Working folder for the paths in messages. @default process.cwd() */
  cwd?: string;
  /**
   * Check that every slide's text fits: `measure` in the engine's browser (estimates when there is
   * none), `estimate` from the words alone, `off`. @default `measure` when there are outputs, else `off`
   */
  fit?: FitMode;
  /** Fit problems are errors, and nothing is written when there is one. @default false */
  strict?: boolean;
}

/** A file the job wrote. */
export interface WrittenOutput {
  output: Output;
  /** Absolute path. */
  file: string;
  bytes: number;
  /** Pages of a PDF. */
  pages?: number;
  /** Slides in the deck. */
  slides: number;
}

/** What a job made and found. Never throws: every failure is a problem with a location where one is known. */
export interface DeckJobResult {
  /** True when the deck was built and every requested output was written. */
  ok: boolean;
  /** The composed deck (when composing succeeded). */
  model?: DeckModel;
  /** The rendered page and its parts (when rendering succeeded). */
  rendered?: RenderedDeck;
  /** Files written, in the order of `outputs`. */
  files: WrittenOutput[];
  /** Errors and warnings of every stage, in order. */
  problems: Diagnostic[];
}

const STEP: Record<Output, string> = {
  html: 'Writing the HTML deck',
  pdf: 'Printing the slides PDF',
  handout: 'Printing the handout PDF',
  notes: 'Printing the notes pages PDF',
  pptx: 'Writing the PowerPoint file',
  leaflet: 'Printing the take-home leaflet',
};

/**
 * Build one deck and write the requested outputs. Never throws: even an unexpected failure comes
 * back as a problem that names the deck file, so a batch reports it and goes on.
 */
export async function runDeckJob(options: DeckJobOptions): Promise<DeckJobResult> {
  try {
    return await runJob(options);
  } catch (e) {
    const { source } = options;
    const label = 'file' in source ? displayPath(path.resolve(source.file), options.cwd) : `decks/${source.id}.yaml`;
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message?.split('\n')[0] ?? String(e);
    return {
      ok: false,
      files: [],
      problems: [error('EXPORT', `the deck could not be built: ${reason}`, fileLocation(label), 'Please report this with the deck file.')],
    };
  }
}

async function runJob(options: DeckJobOptions): Promise<DeckJobResult> {
  const problems: Diagnostic[] = [];
  const done = (extra: Partial<DeckJobResult> = {}): DeckJobResult => ({
    ok: !hasErrors(problems),
    files: [],
    problems,
    ...extra,
  });
  const outputs = [...new Set(options.outputs ?? [])];
  const total = outputs.length + 1;
  options.onProgress?.({ done: 0, total, step: 'Building the deck' });
  const deck = await loadSource(options);
  if (!deck.ok) return (problems.push(...deck.diagnostics), done());
  problems.push(...deck.warnings);
  const library = options.library ?? (await loadLibrary(options.contentRoot ?? findContentRoot(deck.value.file), { cwd: options.cwd }));
  const loaded = withOverrides(deck.value, options.overrides);
  const composed = composeDeck(loaded, library, {
    audience: options.overrides?.audience,
    theme: options.overrides?.theme,
    allowEnglishFallback: options.overrides?.allowEnglishFallback,
  });
  problems.push(...problemsOfDeckTopics(library, loaded.data.topics, loaded.data.language));
  if (!composed.ok) return (problems.push(...composed.diagnostics), done());
  problems.push(...composed.warnings);
  const model = composed.value;
  const rendered = renderDeck(model, { ...options.render, locate: loaded.locate });
  if (!rendered.ok) return (problems.push(...locateThemeProblems(rendered.diagnostics, model, loaded)), done({ model }));
  problems.push(...rendered.warnings, ...glyphProblems(model, rendered.value.theme));
  const fit = await checkFit({ model, rendered: rendered.value }, options.fit ?? (outputs.length ? 'measure' : 'off'), {
    ...options,
    outputs,
  });
  problems.push(...(options.strict ? fit.map(strictFit) : fit));
  if (options.strict && fit.some((d) => d.code === 'FIT')) return done({ model, rendered: rendered.value });
  if (outputs.includes('handout')) problems.push(...handoutSizeWarnings(model, rendered.value, options, loaded));
  const files: WrittenOutput[] = [];
  let noEngine = false;
  for (const [i, output] of outputs.entries()) {
    // Without a browser, the first PDF says why; the others are skipped without repeating it.
    if (noEngine && PDF_OUTPUTS.includes(output)) continue;
    options.onProgress?.({ done: i + 1, total, step: STEP[output] });
    const written = await writeOutput(output, model, rendered.value, options);
    if (!written.ok) {
      noEngine ||= written.noEngine === true;
      problems.push(...written.diagnostics);
      continue;
    }
    problems.push(...written.warnings);
    files.push(written.value);
  }
  options.onProgress?.({ done: total, total, step: 'Done' });
  return { ok: !hasErrors(problems) && files.length === outputs.length, model, rendered: rendered.value, files, problems };
}

async function loadSource(options: DeckJobOptions) {
  const { source } = options;
  if ('file' in source) return loadDeck(source.file, options.cwd);
  const root = path.resolve(options.contentRoot ?? options.library?.root ?? '.');
  return deckFromData(source.data, { id: source.id, root });
}

function withOverrides(deck: LoadedDeck, overrides: DeckOverrides = {}): LoadedDeck {
  const branding = overrides.branding ? { ...deck.data.branding, ...stripUndefined(overrides.branding) } : deck.data.branding;
  const language = overrides.language ?? deck.data.language;
  return { ...deck, data: { ...deck.data, branding, language } };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Written = { ok: true; value: WrittenOutput; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; noEngine?: boolean };

async function writeOutput(output: Output, model: DeckModel, rendered: RenderedDeck, options: DeckJobOptions): Promise<Written> {
  const outDir = options.outDir;
  if (!outDir) return { ok: false, diagnostics: [error('EXPORT', `no output folder was given for the ${output} output`)] };
  if (output === 'html') return writeHtml(model, rendered, outDir);
  if (output === 'pptx') return writePptx(model, rendered, outDir);
  if (!PDF_OUTPUTS.includes(output) || !options.engine)
    return {
      ok: false,
      diagnostics: [
        error(
          'PDF',
          'PDF export is not available here',
          undefined,
          'Export HTML instead and print it from Chrome or Edge (File → Print, "Save as PDF"), or install Chromium.',
        ),
      ],
    };
  const engine = await options.engine.get();
  // No browser: say so once per job (the same diagnostics object each time), not once per PDF.
  if (!engine.ok) return { ok: false, diagnostics: engine.diagnostics, noEngine: true };
  // pdf-lib and the print code load only when a PDF is made.
  const { exportPdf } = await import('../export/export-pdf.js');
  const kind: PdfKind =
    output === 'pdf' ? 'slides' : output === 'handout' ? handoutLayoutFor(rendered.theme, options.handoutLayout) : output;
  const paper = options.paper ?? defaultPaper();
  const made = await exportPdf({ model, rendered }, engine.value, kind, outDir, paper, {
    timeoutMs: options.timeoutMs,
    printBackground: options.printBackground,
  });
  if (!made.ok) return made;
  return {
    ok: true,
    value: { output, file: made.value.file, bytes: made.value.bytes, pages: made.value.pageCount, slides: model.slides.length },
    warnings: made.warnings,
  };
}

/** The editable PowerPoint file, written from the same model with the theme the slides use. */
async function writePptx(model: DeckModel, rendered: RenderedDeck, outDir: string): Promise<Written> {
  // pptxgenjs loads only when a PowerPoint file is made.
  const { renderPptx } = await import('../render/pptx/render-pptx.js');
  const made = await renderPptx(model, { theme: rendered.theme });
  if (!made.ok) return made;
  const hint = 'Check that the output folder exists and is writable, and that the file is not open in PowerPoint.';
  const written = await writeOutputFile('pptx', model, path.resolve(outDir, `${model.id}.pptx`), made.value.data, hint);
  return written.ok ? { ...written, warnings: made.value.warnings } : written;
}

async function writeHtml(model: DeckModel, rendered: RenderedDeck, outDir: string): Promise<Written> {
  const hint = 'Check that the output folder exists and is writable.';
  return writeOutputFile('html', model, path.resolve(outDir, `${model.id}.html`), rendered.html, hint);
}

/** Write one output file atomically; a failure names the file and says what to check. */
async function writeOutputFile(output: Output, model: DeckModel, file: string, data: string | Uint8Array, hint: string): Promise<Written> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const what = output === 'pptx' ? 'the PowerPoint file' : 'the HTML';
    return { ok: false, diagnostics: [error('EXPORT', `could not write ${what}: ${code}`, fileLocation(displayPath(file)), hint)] };
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { ok: true, value: { output, file, bytes, slides: model.slides.length }, warnings: [] };
}

/** Large-print handouts: warn (at the deck's `theme:` line) when the layout prints body text too small. */
function handoutSizeWarnings(model: DeckModel, rendered: RenderedDeck, options: DeckJobOptions, deck: LoadedDeck): Diagnostic[] {
  const layout = handoutLayoutFor(rendered.theme, options.handoutLayout);
  const at = deck.data.theme && !options.overrides?.theme ? deck.locate(['theme']) : fileLocation(displayPath(deck.file));
  return checkHandoutSize(rendered.theme, layout, options.paper ?? defaultPaper(), model, at);
}
