import { z } from 'zod';
import { LANGUAGES, DEFAULT_LANGUAGE } from '../options.js';
import { overridable, override } from './topic-schema.js';

/**
 * The translation file format: `topics/<topic-id>.<lang>.yaml` beside the English topic gives the
 * topic's wording in another language. It holds words only; ids, layouts, citations, images and
 * references stay in the English file, the one source of truth. docs/topic-format.md shows an
 * example; `npm run schema` writes schema/translation.schema.json from this schema.
 */

/** Languages a translation file may be written in (every language but the default). */
export const TRANSLATION_LANGUAGES = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE) as Exclude<
  (typeof LANGUAGES)[number],
  typeof DEFAULT_LANGUAGE
>[];

const text = z.string().trim().min(1, 'must not be empty');

/** One slide's wording: the text fields of its layout, with optional per-audience blocks. */
export const SlideTranslationSchema = z
  .strictObject({
    ...overridable,
    patient: override.optional().describe('Wording used in patient decks (replaces the fields above).'),
    professional: override.optional().describe('Wording used in professional decks (replaces the fields above).'),
  })
  .describe("One slide's wording in this language: the text fields its layout has, keyed like the English slide.");

/** A translation file. */
export const TranslationSchema = z
  .strictObject({
    $schema: z.string().optional(),
    language: z.enum(TRANSLATION_LANGUAGES).describe(`The language of this file: ${TRANSLATION_LANGUAGES.join(', ')}.`),
    title: text.describe('The topic title in this language.'),
    summary: text.describe('The topic summary in this language.'),
    slides: z
      .record(z.string(), SlideTranslationSchema)
      .describe('Map from the English slide id (or position, "1", "2", …) to its wording in this language.'),
  })
  .describe('The wording of an ImmunoDeck topic in another language (topics/<topic-id>.<lang>.yaml).');

/** A validated translation file body. */
export type TranslationData = z.output<typeof TranslationSchema>;
/** One slide's translated wording. */
export type SlideTranslation = z.output<typeof SlideTranslationSchema>;
