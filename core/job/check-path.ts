import path from 'node:path';
import { isInside } from '../confine.js';
import type { Diagnostic } from '../errors.js';
import { resolveTarget } from '../load/resolve-target.js';
import { problemsOfDeckTopics } from '../model/deck-topics.js';
import type { Library } from '../validate/content.js';
import { loadLibrary } from '../validate/load-library.js';
import { loadDeck } from '../validate/validate-deck.js';
import { loadTopic } from '../validate/validate-topic.js';
import { BUILTIN_CONTENT_DIR } from '../paths.js';
import { checkDeck } from '../quality/check-deck.js';
import { checkTopic, checkTopicTranslation } from '../quality/check-topic.js';
import { TRANSLATION_LANGUAGES } from '../validate/translation-schema.js';
import type { LoadedTopic } from '../validate/content.js';
import {
  resolveQualityOptions,
  uniqueDiagnostics,
  type DeckReport,
  type QualityMode,
  type QualityOptions,
  type QualityReport,
  type ResolvedQualityOptions,
  type TopicReport,
} from '../quality/report.js';

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
  const resolved = await resolveTarget(target, cwd);
  const out: Collected = { topics: [], decks: [], problems: [...resolved.problems] };
  if (resolved.kind === 'library') await checkLibraryInto(resolved.root, cwd, opts, out);
  else if (resolved.decks.length + resolved.topics.length > 0) {
    const library = await loadLibrary(resolved.root, { cwd });
    for (const file of resolved.topics) await checkTopicInto(file, library, cwd, opts, out);
    for (const file of resolved.decks) await checkDeckInto(file, library, cwd, opts, out);
  }
  return toReport(out, opts);
}

/** Run the gate over a loaded content folder: every topic, then every deck. */
export function checkLibrary(library: Library, options: QualityOptions = {}): QualityReport {
  const opts = resolveQualityOptions(options);
  const topics = [...library.topics.values()].sort((a, b) => a.id.localeCompare(b.id)).flatMap((t) => withTranslations(t, opts));
  const decks = library.decks.map((d) => checkDeck(d, library, opts));
  return toReport({ topics, decks, problems: library.diagnostics }, opts);
}

async function checkLibraryInto(root: string, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const report = checkLibrary(await loadLibrary(root, { cwd }), opts);
  out.topics.push(...report.topics);
  out.decks.push(...report.decks);
  out.problems.push(...report.diagnostics);
}

/** Check one topic file (it need not sit in the library's topics/ folder). */
async function checkTopicInto(file: string, library: Library, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const topic = await loadTopic(file, { root: library.root, cwd });
  if (!topic.ok) return void out.problems.push(...topic.diagnostics);
  out.topics.push(...withTranslations(topic.value, opts));
  out.problems.push(...topic.warnings);
}

/** Check one deck file against its library; the load problems of the topics it names come with it. */
async function checkDeckInto(file: string, library: Library, cwd: string, opts: ResolvedQualityOptions, out: Collected): Promise<void> {
  const deck = await loadDeck(file, cwd);
  if (!deck.ok) return void out.problems.push(...deck.diagnostics);
  out.decks.push(checkDeck(deck.value, library, opts));
  out.problems.push(...deck.warnings, ...problemsOfDeckTopics(library, deck.value.data.topics, deck.value.data.language));
}

/** A topic's report, then one per translation (its wording scored in its own language). */
function withTranslations(topic: LoadedTopic, opts: ResolvedQualityOptions): TopicReport[] {
  const translated = TRANSLATION_LANGUAGES.map((l) => checkTopicTranslation(topic, l, opts)).filter((r) => r !== undefined);
  return [checkTopic(topic, opts), ...translated];
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
