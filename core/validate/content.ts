import type { Diagnostic, SourceLocation } from '../errors.js';
import type { ValuePath } from '../load/parse-yaml.js';
import type { DeckData } from './deck-schema.js';
import type { Language } from '../options.js';
import type { TopicData } from './topic-schema.js';
import type { TranslationData } from './translation-schema.js';

/** Maps a value path in a source file back to its line and column. */
export type Locator = (path: ValuePath, key?: string) => SourceLocation;

/** A topic file that loaded and validated. */
export interface LoadedTopic {
  /** Kebab-case id: the file name without .yaml. */
  id: string;
  /** Absolute path of the file. */
  file: string;
  /** Path shown in messages. */
  label: string;
  data: TopicData;
  locate: Locator;
  /** Its wording in other languages, from topics/<id>.<lang>.yaml files that loaded and validated. */
  translations?: Partial<Record<Language, LoadedTranslation>>;
  /** Translation files beside it that exist but have errors (label by language; problems are in diagnostics). */
  brokenTranslations?: Partial<Record<Language, string>>;
}

/** A translation file (topics/<topic-id>.<lang>.yaml) that loaded and validated. */
export interface LoadedTranslation {
  language: Language;
  /** Absolute path of the file. */
  file: string;
  /** Path shown in messages. */
  label: string;
  data: TranslationData;
  locate: Locator;
}

/** A deck file that loaded and validated. */
export interface LoadedDeck {
  id: string;
  file: string;
  label: string;
  data: DeckData;
  locate: Locator;
}

/** A content folder: topics/, decks/, images/ (and optional themes/). */
export interface Library {
  /** Absolute path of the content folder; every file reference must stay inside it. */
  root: string;
  topics: Map<string, LoadedTopic>;
  decks: LoadedDeck[];
  /** Ids of topic files that exist but failed to load (their problems are in diagnostics). */
  broken: Set<string>;
  /** Every problem found while loading, errors and warnings. */
  diagnostics: Diagnostic[];
  /**
   * Ids of topic files that exist but were not read: a library loaded for one deck job reads only
   * the topics that deck names (`only` of loadLibrary). Absent when every file was read.
   */
  unread?: Set<string>;
  /**
   * The built-in library (topics only, read-only), searched after this folder's own topics; absent
   * for the built-in library itself. A deck names one explicitly as `builtin:<id>`.
   */
  builtin?: Library;
}
