import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { findContentRoot, loadLibrary, yamlFiles } from '../load/load-library.js';
import { displayPath, isInside } from '../load/safe-path.js';
import { loadDeck, looksLikeDeck } from '../load/load-deck.js';
import { loadTopic } from '../load/load-topic.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import type { Library } from '../model/content.js';
import { BUILTIN_CONTENT_DIR } from '../paths.js';
import { checkDeck } from './check-deck.js';
import { checkTopic } from './check-topic.js';
import {
  resolveQualityOptions,
  uniqueDiagnostics,
  type DeckReport,
  type QualityMode,
  type QualityOptions,
  type QualityReport,
  type ResolvedQualityOptions,
  type TopicReport,
} from './report.js';

/** Options for {@link checkPath}. */
export interface CheckPathOptions extends QualityOptions {
  /** Working folder for relative paths and the paths shown in messages. @default process.cwd() */
  cwd?: string;
}

/** The default mode for a path: strict inside the built-in content folder, advisory elsewhere. */
export function defaultQualityMode(target: string, cwd = process.cwd()): QualityMode {
  return isInside(BUILTIN_CONTENT_DIR, path.resolve(cwd, target)) ? 'strict' : 'advisory';
}

/** What the checks of one run collected. */
interface Collected {
  topics: TopicReport[];
  decks: DeckReport[];
  problems: Diagnostic[];
}

/**
 * Run the quality gate over a deck file, a topic file, a content folder (every topic and deck in
 * it) or a folder of deck and topic files. Decks are checked against the content folder they
 * belong to (the nearest folder above holding topics/).
 */
export async function checkPath(target: string, options: CheckPathOptions = {}): Promise<QualityReport> {
  const cwd = options.cwd ?? process.cwd();
  const opts = resolveQualityOptions({ mode: options.mode ?? defaultQualityMode(target, cwd), today: options.today });
  const abs = path.resolve(cwd, target);
  const out: Collected = { topics: [], decks: [], problems: [] };
  if (!existsSync(abs))
    out.problems.push(
      error('FILE', 'file or folder not found', fileLocation(target), 'Give a deck file, a topic file or a content folder.'),
    );
  else if (statSync(abs).isDirectory() && existsSync(path.join(abs, 'topics'))) await checkLibraryInto(abs, cwd, opts, out);
  else if (statSync(abs).isDirectory()) await checkFolderInto(abs, cwd, opts, out);
  else await checkFileInto(abs, await libraryFor(abs, cwd), cwd, opts, out);
  return toReport(out, opts);
}

/** Run the gate over a loaded content folder: every topic, then every deck. */
export function checkLibrary(library: Library, options: QualityOptions = {}): QualityReport {
  const opts = resolveQualityOptions(options);
  const topics = [...library.topics.values()].sort((a, b) => a.id.localeCompare(b.id)).map((t) => checkTopic(t, opts));
  const decks = library.decks.map((d) => checkDeck(d, library, opts));
  return toReport({ topics, decks, problems: library.diagnostics }, opts);
}

async function checkLibraryInto(root: string, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const report = checkLibrary(await loadLibrary(root, { cwd }), opts);
  out.topics.push(...report.topics);
  out.decks.push(...report.decks);
  out.problems.push(...report.diagnostics);
}

async function checkFolderInto(dir: string, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const files = await yamlFiles(dir);
  if (files.length === 0)
    out.problems.push(
      error(
        'FILE',
        'no .yaml files in this folder',
        fileLocation(displayPath(dir, cwd)),
        'Give a deck file, a topic file or a content folder.',
      ),
    );
  if (files.length === 0) return;
  const library = await libraryFor(dir, cwd);
  for (const file of files) await checkFileInto(file, library, cwd, opts, out);
}

/** The content folder a file or folder belongs to, loaded. */
async function libraryFor(file: string, cwd: string): Promise<Library> {
  return loadLibrary(findContentRoot(file), { cwd });
}

/** Check one deck or topic file (it need not sit in the library's decks/ or topics/ folder). */
async function checkFileInto(file: string, library: Library, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const label = displayPath(file, cwd);
  const source = await readSource(file, label);
  const parsed = source.ok ? parseYaml(source.value, label) : undefined;
  if (!source.ok) {
    out.problems.push(...source.diagnostics);
  } else if (parsed?.ok && looksLikeDeck(parsed.value.value)) {
    const deck = await loadDeck(file, cwd);
    if (!deck.ok) return void out.problems.push(...deck.diagnostics);
    const report = checkDeck(deck.value, library, opts);
    out.decks.push(report);
    out.problems.push(...deck.warnings, ...problemsOfTopicsIn(report, library, cwd));
  } else {
    const topic = await loadTopic(file, { root: library.root, cwd });
    if (!topic.ok) return void out.problems.push(...topic.diagnostics);
    out.topics.push(checkTopic(topic.value, opts));
    out.problems.push(...topic.warnings);
  }
}

/** Load problems of the topic files a deck names (why a topic "has errors"). */
function problemsOfTopicsIn(report: DeckReport, library: Library, cwd: string): Diagnostic[] {
  const broken = [...library.broken].map((id) => displayPath(path.join(library.root, 'topics', `${id}.yaml`), cwd));
  const named = report.problems.filter((p) => p.code === 'UNKNOWN_TOPIC').map((p) => p.message);
  const files = broken.filter((f) => named.some((m) => m.includes(`"${path.basename(f, '.yaml')}"`)));
  return library.diagnostics.filter((d) => d.location && files.includes(d.location.file));
}

function toReport(out: Collected, opts: ResolvedQualityOptions): QualityReport {
  const all = [
    ...out.problems,
    ...out.topics.flatMap((t) => [...t.summary.findings, ...t.slides.flatMap((s) => s.findings)]),
    ...out.decks.flatMap((d) => [
      ...d.problems,
      ...d.findings,
      ...d.topics.flatMap((t) => t.findings),
      ...d.slides.flatMap((s) => s.findings),
    ]),
  ];
  const diagnostics = uniqueDiagnostics(all);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    mode: opts.mode,
    today: opts.today,
    topics: out.topics,
    decks: out.decks,
    diagnostics,
    errors,
    warnings: diagnostics.length - errors,
    passed: errors === 0,
  };
}
