/**
 * The one deck job: the only way ImmunoDeck builds anything. The CLI, the app's service, the local
 * server and the benchmark are thin shells over {@link runDeckJob}.
 *
 * deck (file or data) → load → validate → compose (model) → render (parts) → export (files)
 */
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, hasErrors, type Diagnostic } from '../errors.js';
import type { EngineSlot } from '../export/engine-slot.js';
import { findContentRoot } from '../load/content-files.js';
import { composeDeck } from '../model/compose-deck.js';
import type { DeckModel } from '../model/deck-model.js';
import { problemsOfDeckTopics } from '../model/deck-topics.js';
import { ok } from '../result.js';
import {
  defaultPaper,
  PDF_OUTPUTS,
  type FitMode,
  type Audience,
  type HandoutLayout,
  type Language,
  type Output,
  type Paper,
} from '../options.js';
import { renderDeck, type RenderedDeck } from '../render/render-deck.js';
import { checkHandoutSize, handoutLayoutFor } from '../render/print-sizes.js';
import type { Library, LoadedDeck } from '../validate/content.js';
import type { Branding } from '../validate/deck-schema.js';
import { BUILTIN_PREFIX } from '../validate/find-topic.js';
import { loadLibrary } from '../validate/load-library.js';
import { deckFromData, loadDeck } from '../validate/validate-deck.js';
import { glyphProblems, locateThemeProblems } from './deck-theme.js';
import { checkFit, planFit, strictFit } from './deck-fit.js';
import { makePdfOutput, writeMadePdf, writeOutput, type JobDeck, type MadePdf } from './job-outputs.js';

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
  /** A very large PDF printed in parts: parts printed so far, of how many. */
  part?: { done: number; total: number };
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
   * How to check that every slide's text fits (FIT_MODES in core/options.ts): `auto` measures in the page of a
   * slides, handout or notes PDF as it is printed, or in a browser that runs anyway, and otherwise
   * estimates (an HTML-only build starts no browser); `measure` starts the browser if need be.
   * @default `auto` when there are outputs, else `off`
   */
  fit?: FitMode;
  /** When a PDF is printed in parts, and how many pages each. @default PRINT_CHUNKS in core/options.ts */
  printChunks?: { thresholdPages: number; pages: number };
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
  // Without a library given, read only the topics this deck names (not every file of both layers).
  const root = options.contentRoot ?? findContentRoot(deck.value.file);
  const library = options.library ?? (await loadLibrary(root, { cwd: options.cwd, only: namedTopics(deck.value) }));
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
  const made: JobDeck = { model, rendered: rendered.value };
  const plan = await planFit(options.fit ?? (outputs.length ? 'auto' : 'off'), outputs, options.engine);
  // Measured in print: that PDF is printed first, in memory, and its page gives the fit report.
  const order = plan.how === 'in-print' ? [plan.output, ...outputs.filter((o) => o !== plan.output)] : outputs;
  const progress = stepper(options, outputs.length + 1);
  let first: MadePdf | undefined;
  const firstOutput = plan.how === 'in-print' ? plan.output : undefined;
  if (plan.how === 'in-print') {
    progress.next(plan.output);
    first = await makePdfOutput(plan.output, made, options, { measureFit: true, onPart: progress.part });
  }
  const measured = first?.ok && first.pdf.fits ? ok(first.pdf.fits) : undefined;
  const fit = await checkFit(made, plan, options, measured);
  problems.push(...(options.strict ? fit.map(strictFit) : fit));
  if (options.strict && fit.some((d) => d.code === 'FIT')) return done({ model, rendered: rendered.value });
  if (outputs.includes('handout')) problems.push(...handoutSizeWarnings(model, rendered.value, options, loaded));
  const files: WrittenOutput[] = [];
  let noEngine = false;
  for (const output of order) {
    // Without a browser, the first PDF says why; the others are skipped without repeating it.
    if (noEngine && PDF_OUTPUTS.includes(output)) continue;
    const written =
      output === firstOutput && first
        ? await writeMadePdf(first, made, options)
        : await writeOutput(output, made, options, progress.next(output));
    if (!written.ok) {
      noEngine ||= written.noEngine === true;
      problems.push(...written.diagnostics);
      continue;
    }
    problems.push(...written.warnings);
    files.push(written.value);
  }
  progress.end();
  // Files in the order of `outputs`, whatever order they were made in.
  files.sort((a, b) => outputs.indexOf(a.output) - outputs.indexOf(b.output));
  return { ok: !hasErrors(problems) && files.length === outputs.length, model, rendered: rendered.value, files, problems };
}

/** Progress after each step, and after each part of a PDF printed in parts. */
function stepper(options: DeckJobOptions, total: number) {
  let done = 0;
  let step = '';
  const part = (partDone: number, partTotal: number) =>
    options.onProgress?.({ done, total, step, part: { done: partDone, total: partTotal } });
  return {
    part,
    /** Report the start of `output`; returns the per-part callback for it. */
    next(output: Output) {
      done += 1;
      step = STEP[output];
      options.onProgress?.({ done, total, step });
      return part;
    },
    end: () => options.onProgress?.({ done: total, total, step: 'Done' }),
  };
}

async function loadSource(options: DeckJobOptions) {
  const { source } = options;
  if ('file' in source) return loadDeck(source.file, options.cwd);
  const root = path.resolve(options.contentRoot ?? options.library?.root ?? '.');
  return deckFromData(source.data, { id: source.id, root });
}

/** The ids of the topics a deck names (`builtin:` names by their id). */
function namedTopics(deck: LoadedDeck): Set<string> {
  const names = deck.data.topics.map((t) => (typeof t === 'string' ? t : t.topic));
  return new Set(names.map((n) => (n.startsWith(BUILTIN_PREFIX) ? n.slice(BUILTIN_PREFIX.length) : n)));
}

function withOverrides(deck: LoadedDeck, overrides: DeckOverrides = {}): LoadedDeck {
  const branding = overrides.branding ? { ...deck.data.branding, ...stripUndefined(overrides.branding) } : deck.data.branding;
  const language = overrides.language ?? deck.data.language;
  return { ...deck, data: { ...deck.data, branding, language } };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Large-print handouts: warn (at the deck's `theme:` line) when the layout prints body text too small. */
function handoutSizeWarnings(model: DeckModel, rendered: RenderedDeck, options: DeckJobOptions, deck: LoadedDeck): Diagnostic[] {
  const layout = handoutLayoutFor(rendered.theme, options.handoutLayout);
  const at = deck.data.theme && !options.overrides?.theme ? deck.locate(['theme']) : fileLocation(displayPath(deck.file));
  return checkHandoutSize(rendered.theme, layout, options.paper ?? defaultPaper(), model, at);
}
