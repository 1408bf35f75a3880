import { existsSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../errors.js';
import type { LoadedTopic } from './content.js';
import { fail, ok, type Result } from '../result.js';
import { topicIdFromFile } from '../load/content-files.js';
import { checkSlides } from './slide-checks.js';
import { TopicSchema } from './topic-schema.js';
import { validateParsed } from './validate-parsed.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { confine, displayPath } from '../confine.js';
import { imageLimitProblems } from './image-limits.js';
import { attachTranslations } from './validate-translation.js';

/** Image types a slide may show. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.svg', '.webp', '.gif'] as const;

/** Options for {@link loadTopic}. */
export interface LoadTopicOptions {
  /** The content folder that file references must stay inside. @default the folder above the topic's folder */
  root?: string;
  /** Working folder for the paths shown in messages. @default process.cwd() */
  cwd?: string;
}

/**
 * Load one topic file: read, parse YAML, validate against the schema, then check what the schema
 * cannot (unique slide ids, cited references, images present and inside the content folder).
 * Its translations beside it (topics/<id>.<lang>.yaml) are loaded and attached; their problems
 * come back with the topic's warnings (as errors located in the translation file) and leave the
 * English topic usable.
 */
export async function loadTopic(file: string, options: LoadTopicOptions = {}): Promise<Result<LoadedTopic>> {
  const abs = path.resolve(file);
  const label = displayPath(abs, options.cwd);
  const root = options.root ?? path.dirname(path.dirname(abs));
  const source = await readSource(abs, label);
  if (!source.ok) return source;
  const topic = parseTopicText(source.value, abs, label, root);
  if (!topic.ok) return topic;
  const translationProblems = await attachTranslations(topic.value, options.cwd);
  return ok(topic.value, [...topic.warnings, ...translationProblems]);
}

/** Validate topic text that is already in memory (the app's editor uses this before saving). */
export function parseTopicText(text: string, abs: string, label: string, root: string): Result<LoadedTopic> {
  const parsed = parseYaml(text, label);
  if (!parsed.ok) return parsed;
  const valid = validateParsed(TopicSchema, parsed.value);
  if (!valid.ok) return fail([...parsed.warnings, ...valid.diagnostics]);
  const topic: LoadedTopic = { id: topicIdFromFile(abs), file: abs, label, data: valid.value, locate: parsed.value.locate };
  const problems = [...checkIdFormat(topic), ...checkTopicLinks(topic, root), ...checkSlides(topic)];
  return problems.some((d) => d.severity === 'error')
    ? fail([...parsed.warnings, ...problems])
    : ok(topic, [...parsed.warnings, ...problems]);
}

function checkIdFormat(topic: LoadedTopic): Diagnostic[] {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic.id)) return [];
  return [
    error(
      'FILE',
      `the file name "${path.basename(topic.file)}" does not make a valid topic id`,
      { file: topic.label, line: 0, column: 0 },
      'Name topic files in lower-case words joined by hyphens, e.g. car-t-cell-therapy.yaml.',
    ),
  ];
}

function checkTopicLinks(topic: LoadedTopic, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { data, locate } = topic;
  const refIds = new Set<string>();
  data.references.forEach((r, i) => {
    if (refIds.has(r.id))
      out.push(
        error(
          'SCHEMA',
          `reference ${i + 1}: the id "${r.id}" is used twice`,
          locate(['references', i, 'id']),
          'Give each reference its own id.',
        ),
      );
    refIds.add(r.id);
  });
  const slideIds = new Set<string>();
  data.slides.forEach((slide, i) => {
    const where = `slide ${i + 1} (${slide.layout}): `;
    if (slide.id) {
      if (slideIds.has(slide.id))
        out.push(
          error(
            'SCHEMA',
            `${where}the slide id "${slide.id}" is used twice`,
            locate(['slides', i, 'id']),
            'Give each slide in a topic its own id.',
          ),
        );
      slideIds.add(slide.id);
    }
    (slide.cite ?? []).forEach((c, j) => {
      if (!refIds.has(c))
        out.push(
          error(
            'UNKNOWN_REFERENCE',
            `${where}cites "${c}", which is not in this topic's references`,
            locate(['slides', i, 'cite', j]),
            refIds.size ? `Known references: ${[...refIds].join(', ')}.` : 'Add the source under "references:".',
          ),
        );
    });
    if (slide.layout === 'image') out.push(...checkImage(slide.image, topic, root, ['slides', i, 'image'], where));
  });
  return out;
}

/** Check that an image reference exists, has an image type and stays inside the content folder. */
export function checkImage(
  ref: string,
  topic: Pick<LoadedTopic, 'file' | 'locate'>,
  root: string,
  at: (string | number)[],
  where = '',
): Diagnostic[] {
  const loc = topic.locate(at);
  if (ref.includes('\\'))
    return [
      error(
        'ASSET',
        `${where}the image path "${ref}" uses \\ (a Windows path)`,
        loc,
        `Write paths with / on every system: "${ref.replace(/\\/g, '/')}".`,
      ),
    ];
  const resolved = confine(root, ref, { from: path.dirname(topic.file) });
  if (!resolved)
    return [
      error(
        'ASSET',
        `${where}the image "${ref}" is outside the content folder`,
        loc,
        'Put the image in the content folder (e.g. images/) and refer to it with a relative path.',
      ),
    ];
  if (!IMAGE_EXTENSIONS.includes(path.extname(resolved).toLowerCase() as (typeof IMAGE_EXTENSIONS)[number])) {
    return [error('ASSET', `${where}"${ref}" is not a supported image type`, loc, `Use one of: ${IMAGE_EXTENSIONS.join(', ')}.`)];
  }
  if (!existsSync(resolved))
    return [error('ASSET', `${where}the image "${ref}" was not found`, loc, `Looked for ${displayPath(resolved)}.`)];
  return imageLimitProblems(resolved, ref, loc, where);
}
