/**
 * Checks of how a deck uses its topics, each a located message at the deck's line: a topic or
 * slide named twice, a local topic hiding a built-in one, a missing topic, a generated section
 * slide next to the topic's own, a topic references slide repeating the deck's.
 */
import path from 'node:path';
import { error, warning, type Diagnostic, type SourceLocation } from '../errors.js';
import type { Library, LoadedDeck } from '../validate/content.js';
import { BUILTIN_PREFIX, listCommandHint, topicIds, topicNames, type FoundTopic } from '../validate/find-topic.js';
import type { Slide } from '../validate/topic-schema.js';
import { suggest } from '../validate/validate-parsed.js';

/** Remembers which topic slides a deck already used, to warn when one comes again. */
export class SeenSlides {
  /** Where each slide and topic came first: its location and its deck entry (0-based). */
  private readonly slides = new Map<string, FirstSeen>();
  private readonly topics = new Map<string, FirstSeen>();

  constructor(private readonly deck: LoadedDeck) {}

  /** Note the slides picked for deck entry `i`; warn about repeats. Returns `picked` unchanged. */
  keep<T extends [Slide, number]>(found: FoundTopic, wanted: unknown[] | undefined, picked: T[], i: number, problems: Diagnostic[]): T[] {
    const file = found.topic!.file;
    const entry = this.deck.locate(['topics', i]);
    const before = this.topics.get(file);
    if (before && !wanted) {
      problems.push(twice(`topic "${found.name}" is listed twice in this deck`, entry, before));
      return picked;
    }
    this.topics.set(file, { at: entry, entry: i });
    picked.forEach(([slide, index], j) => {
      const key = `${file}#${index}`;
      const at = wanted ? this.deck.locate(['topics', i, 'slides', j]) : entry;
      const first = this.slides.get(key);
      const name = slide.id ? `"${slide.id}"` : `${index + 1}`;
      if (first) problems.push(twice(`slide ${name} of topic "${found.name}" is already in this deck`, at, first));
      else this.slides.set(key, { at, entry: i });
    });
    return picked;
  }
}

interface FirstSeen {
  at: SourceLocation;
  entry: number;
}

function twice(message: string, at: SourceLocation, first: FirstSeen): Diagnostic {
  // A deck given as data (the app's draft) has no lines: say which entry of its list instead.
  const where = first.at.line > 0 ? `on line ${first.at.line}` : `as entry ${first.entry + 1} of the deck`;
  return warning(
    'UNKNOWN_TOPIC',
    `${message} (first ${where}), so patients would see it twice`,
    at,
    'Remove one of them, unless the repeat is on purpose.',
  );
}

/** The error for a topic name that finds no usable topic, with did-you-mean and the list command. */
export function missingTopic(found: FoundTopic, library: Library, at: SourceLocation): Diagnostic {
  const explicit = found.name.startsWith(BUILTIN_PREFIX);
  const topicsDir = `${path.basename(library.root)}/topics`;
  const where = explicit ? 'the built-in library' : library.builtin ? `${topicsDir} or the built-in library` : topicsDir;
  if (found.broken)
    return error(
      'UNKNOWN_TOPIC',
      `topic "${found.name}" has errors, so this deck cannot use it`,
      at,
      `Fix the problems reported in ${found.origin === 'builtin' ? 'the built-in ' : ''}topics/${found.id}.yaml.`,
    );
  const names = explicit ? topicIds(found.layer).map((k) => BUILTIN_PREFIX + k) : topicNames(library);
  const near = names.find((k) => k.startsWith(found.name) || found.name.startsWith(k));
  const hint = near ? `Did you mean "${near}"?` : suggest(found.name, names);
  return error(
    'UNKNOWN_TOPIC',
    `topic "${found.name}" was not found in ${where}`,
    at,
    hint?.startsWith('Did you mean') ? hint : listCommandHint(library),
  );
}

/** The note that a topic of the content folder replaces the built-in topic of the same id. */
export function hiddenBuiltin(found: FoundTopic, at: SourceLocation): Diagnostic {
  return warning(
    'UNKNOWN_TOPIC',
    `topic "${found.id}" is your own copy (${found.topic!.label}); it replaces the built-in topic of the same name`,
    at,
    `Write "${BUILTIN_PREFIX}${found.id}" to use the built-in one, or rename your file to keep both.`,
  );
}

/**
 * With sections on, a topic whose first slide is its own section slide gets no second one: true
 * (and a note) when the generated section slide is left out for that reason.
 */
export function startsWithSection(found: FoundTopic, picked: [Slide, number][], at: SourceLocation, problems: Diagnostic[]): boolean {
  const first = picked[0];
  if (!first || first[0].layout !== 'section') return false;
  const own = found.topic!.locate(['slides', first[1]]);
  problems.push(
    warning(
      'SCHEMA',
      `topic "${found.name}" starts with its own section slide (${own.file}:${own.line}), so the deck's "sections" slide for it is left out`,
      at,
      'Set "section: false" on this entry, or leave the section slide out of the topic, to say which one you want.',
    ),
  );
  return true;
}

/** A topic references slide next to the deck's own references slides lists the same sources twice. */
export function repeatedReferences(found: FoundTopic, picked: [Slide, number][], at: SourceLocation): Diagnostic[] {
  const own = picked.find(([s]) => s.layout === 'references');
  if (!own) return [];
  const where = found.topic!.locate(['slides', own[1]]);
  return [
    warning(
      'SCHEMA',
      `topic "${found.name}" brings its own references slide (${where.file}:${where.line}), which repeats the deck's references slides at the end`,
      at,
      'Pick the topic\'s other slides with "slides: [...]", or set "options: { references: false }" to keep only the topic\'s.',
    ),
  ];
}
