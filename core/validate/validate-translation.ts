import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../confine.js';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { translationOf } from '../load/content-files.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import type { Layout } from '../options.js';
import { fail, ok, type Result } from '../result.js';
import type { LoadedTopic, LoadedTranslation } from './content.js';
import { TRANSLATION_LANGUAGES, TranslationSchema } from './translation-schema.js';
import { suggest, validateParsed } from './validate-parsed.js';

/** The text fields each layout shows, so a translation may give only those (and notes). */
export const LAYOUT_TEXT_FIELDS: Record<Layout, readonly string[]> = {
  title: ['title', 'subtitle', 'notes'],
  section: ['title', 'subtitle', 'notes'],
  bullets: ['title', 'text', 'items', 'notes'],
  'two-column': ['title', 'left', 'right', 'notes'],
  image: ['title', 'alt', 'caption', 'notes'],
  table: ['title', 'columns', 'rows', 'caption', 'notes'],
  callout: ['title', 'message', 'items', 'notes'],
  questions: ['title', 'items', 'notes'],
  references: ['title', 'notes'],
};

/** The path of a topic's translation into `language`: topics/<id>.<language>.yaml beside it. */
export function translationPath(topicFile: string, topicId: string, language: string): string {
  return path.join(path.dirname(topicFile), `${topicId}.${language}.yaml`);
}

/**
 * Load the translation files beside a topic (topics/<id>.es.yaml …) and attach those that are
 * valid to it. Returns the problems of those that are not; the English topic stays usable either way.
 */
export async function attachTranslations(topic: LoadedTopic, cwd?: string): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const language of TRANSLATION_LANGUAGES) {
    const file = translationPath(topic.file, topic.id, language);
    if (!existsSync(file)) continue;
    const loaded = await loadTranslation(file, topic, cwd);
    if (loaded.ok) {
      topic.translations = { ...topic.translations, [language]: loaded.value };
      problems.push(...loaded.warnings);
    } else {
      topic.brokenTranslations = { ...topic.brokenTranslations, [language]: displayPath(file, cwd) };
      problems.push(...loaded.diagnostics);
    }
  }
  return problems;
}

/** Read, parse and validate one translation file against its English topic. */
export async function loadTranslation(file: string, topic: LoadedTopic, cwd?: string): Promise<Result<LoadedTranslation>> {
  const abs = path.resolve(file);
  const label = displayPath(abs, cwd);
  const source = await readSource(abs, label);
  if (!source.ok) return source;
  const parsed = parseYaml(source.value, label);
  if (!parsed.ok) return parsed;
  const valid = validateParsed(TranslationSchema, parsed.value);
  if (!valid.ok) return fail([...parsed.warnings, ...valid.diagnostics]);
  const translation: LoadedTranslation = {
    language: valid.value.language,
    file: abs,
    label,
    data: valid.value,
    locate: parsed.value.locate,
  };
  const problems = [...languageProblems(translation), ...slideProblems(translation, topic)];
  return problems.length ? fail([...parsed.warnings, ...problems]) : ok(translation, parsed.warnings);
}

function languageProblems(tr: LoadedTranslation): Diagnostic[] {
  const named = translationOf(tr.file)?.language;
  if (!named || named === tr.language) return [];
  return [
    error(
      'SCHEMA',
      `the file name says "${named}" but "language:" says "${tr.language}"`,
      tr.locate(['language']),
      `Rename the file to ${path.basename(tr.file).replace(/\.[a-z]{2}\.ya?ml$/i, `.${tr.language}.yaml`)} or fix "language:".`,
    ),
  ];
}

/** Every key under `slides:` must be a slide of the English topic, and give only fields that slide shows. */
function slideProblems(tr: LoadedTranslation, topic: LoadedTopic): Diagnostic[] {
  const ids = topic.data.slides.map((s, i) => s.id ?? String(i + 1));
  const out: Diagnostic[] = [];
  for (const [key, wording] of Object.entries(tr.data.slides)) {
    const index = ids.indexOf(key);
    if (index < 0) {
      out.push(
        error(
          'UNKNOWN_TOPIC',
          `"${key}" is not a slide of topic "${topic.id}" (${topic.label})`,
          tr.locate(['slides'], key),
          suggest(key, ids) ?? `Slides of ${topic.id}: ${ids.join(', ')}.`,
        ),
      );
      continue;
    }
    const layout = topic.data.slides[index]!.layout;
    const allowed = LAYOUT_TEXT_FIELDS[layout];
    const blocks: [string[], Record<string, unknown>][] = [
      [['slides', key], wording],
      ...(['patient', 'professional'] as const).flatMap((a): [string[], Record<string, unknown>][] =>
        wording[a] ? [[['slides', key, a], wording[a]]] : [],
      ),
    ];
    for (const [at, block] of blocks) {
      for (const field of Object.keys(block)) {
        if (field === 'patient' || field === 'professional' || allowed.includes(field)) continue;
        out.push(
          error(
            'UNKNOWN_KEY',
            `slide "${key}" is a ${layout} slide, which has no "${field}"`,
            tr.locate(at, field),
            `A ${layout} slide's wording: ${allowed.join(', ')}.`,
          ),
        );
      }
    }
  }
  return out;
}

/** A translation file with no English topic beside it. */
export function orphanTranslation(file: string, topicIds: readonly string[], cwd?: string): Diagnostic {
  const id = translationOf(file)?.topicId ?? path.basename(file);
  const hint = suggest(id, topicIds);
  return error(
    'UNKNOWN_TOPIC',
    `there is no English topic "${id}.yaml" for this translation`,
    fileLocation(displayPath(path.resolve(file), cwd)),
    hint?.startsWith('Did you mean')
      ? `${hint} A translation is named <topic-id>.<lang>.yaml.`
      : 'Name it <topic-id>.<lang>.yaml after an existing topic.',
  );
}
