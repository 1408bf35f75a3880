import type { Diagnostic, SourceLocation } from '../errors.js';
import type { Audience, Layout } from '../validate/topic-schema.js';
import type { Readability } from './readability.js';

/**
 * The quality gate's report model: per deck (or topic) → per slide rows, per topic readability
 * summaries, and the findings as QUALITY diagnostics with file:line:col. docs/quality-gate.md
 * lists the rules and where the numbers come from.
 */

/** The limits the gate applies. */
export const QUALITY_LIMITS = {
  /** Highest Flesch-Kincaid grade for a topic's patient text (NIH, CDC: 8th grade). */
  maxGrade: 8,
  /** Most words on screen on one patient slide. */
  maxWords: 40,
  /** Most words on screen on one Spanish patient slide: Spanish runs 20–25 % longer than English. */
  maxWordsEs: 48,
  /** The INFLESZ a Spanish topic's patient text aims at: "bastante fácil" (65–80) or easier. */
  targetInflesz: 65,
  /** The INFLESZ a Spanish topic's patient text must never fall below ("normal" starts at 55). */
  minInflesz: 55,
  /** Fewest references a topic may have. */
  minReferences: 2,
  /** Months after `lastReviewed` when a topic is due for review (always a warning). */
  reviewMonths: 12,
} as const;

/** The rules of the gate, as a closed set. */
export const QUALITY_RULES = [
  'readability',
  'words-on-screen',
  'alt-text',
  'references',
  'review-date',
  'deck-ending',
  'safety-messages',
] as const;
/** One rule of the gate. */
export type QualityRule = (typeof QUALITY_RULES)[number];

/**
 * `strict`: findings are errors that fail the gate (the built-in library, the tests).
 * `advisory`: the same findings as warnings (decks that educators write).
 */
export type QualityMode = 'strict' | 'advisory';

/** Options of the checks. */
export interface QualityOptions {
  /** @default 'advisory' */
  mode?: QualityMode;
  /** The date the review rule measures from, YYYY-MM-DD or a Date. @default today (UTC) */
  today?: string | Date;
  /** Most words on screen on a patient slide (the deck's theme's budget). @default QUALITY_LIMITS.maxWords */
  maxWords?: number;
}

/** {@link QualityOptions} with defaults filled in. */
export interface ResolvedQualityOptions {
  mode: QualityMode;
  /** YYYY-MM-DD. */
  today: string;
  maxWords: number;
}

/** A finding of the gate: a QUALITY diagnostic that names its rule. */
export interface QualityFinding extends Diagnostic {
  rule: QualityRule;
  /** A few words for the report table, e.g. "46 words > 40". */
  short: string;
}

/** One slide in a report. */
export interface SlideRow {
  /** 1-based position in the deck (or topic). */
  n: number;
  /** topic-id#slide-id, as in deck files; generated slides have keys like `deck#references-1`. */
  key: string;
  layout: Layout;
  /** The slide title as plain text ('' when it has none). */
  title: string;
  /** Whose wording was measured. */
  audience: Audience;
  /** True when the slide counts for the patient rules (words on screen, readability). */
  scored: boolean;
  /** Words on screen (notes excluded). */
  words: number;
  /** Flesch-Kincaid grade of this slide alone (a guide: short texts score erratically); null for Spanish. */
  grade: number | null;
  /** Spanish slides: INFLESZ (Szigriszt-Pazos) of this slide alone, higher is easier (a guide, like `grade`). */
  inflesz?: number | null;
  findings: QualityFinding[];
  location?: SourceLocation;
}

/** Per-topic summary: readability of the patient text and the topic-level findings. */
export interface TopicSummary {
  id: string;
  title: string;
  /** The topic file, as shown in messages. */
  file: string;
  /** Readability of the slides' patient text; absent when the topic is not written for patients. */
  readability?: Readability;
  /** Slides that went into `readability`. */
  scoredSlides: number;
  references: number;
  lastReviewed: string;
  findings: QualityFinding[];
}

/** The report for one topic file. */
export interface TopicReport {
  kind: 'topic';
  id: string;
  file: string;
  slides: SlideRow[];
  summary: TopicSummary;
  passed: boolean;
}

/** The report for one deck file. */
export interface DeckReport {
  kind: 'deck';
  id: string;
  file: string;
  title: string;
  audience?: Audience;
  slides: SlideRow[];
  /** Per topic used, readability over this deck's slides of that topic and topic-level findings. */
  topics: TopicSummary[];
  /** Deck-level findings (how the deck ends). */
  findings: QualityFinding[];
  /** A patient deck's readability over all its scored slides, in its language (a figure; the rules apply per topic and slide). */
  readability?: Readability;
  /** Problems that are not quality findings: a deck that cannot be composed, missing topics. */
  problems: Diagnostic[];
  passed: boolean;
}

/** The report for a deck, topic or content folder. */
export interface QualityReport {
  mode: QualityMode;
  today: string;
  topics: TopicReport[];
  decks: DeckReport[];
  /** Every finding and problem once (a slide checked in its topic and in a deck is listed once). */
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** False when any diagnostic is an error. */
  passed: boolean;
}

/** Fill in the defaults of {@link QualityOptions}. */
export function resolveQualityOptions(options: QualityOptions = {}): ResolvedQualityOptions {
  const today = options.today ?? new Date();
  return {
    mode: options.mode ?? 'advisory',
    today: today instanceof Date ? today.toISOString().slice(0, 10) : today,
    maxWords: options.maxWords ?? QUALITY_LIMITS.maxWords,
  };
}

/** What a finding says: its rule, message, place and fix. */
export interface FindingInput {
  rule: QualityRule;
  message: string;
  short: string;
  location?: SourceLocation;
  hint?: string;
  /** Advice that never fails the gate (the review date): a warning in both modes. */
  advice?: boolean;
}

/** Build a finding: an error in strict mode, a warning in advisory mode or when it is advice. */
export function finding(options: ResolvedQualityOptions, input: FindingInput): QualityFinding {
  const severity = options.mode === 'strict' && !input.advice ? 'error' : 'warning';
  const f: QualityFinding = { code: 'QUALITY', severity, rule: input.rule, short: input.short, message: input.message };
  if (input.location) f.location = input.location;
  if (input.hint) f.hint = input.hint;
  return f;
}

/** Diagnostics without repeats (same severity, message and place). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : '';
    const key = `${d.severity}|${d.code}|${d.message}|${where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
