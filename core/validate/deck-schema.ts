import { z } from 'zod';
import { AUDIENCES, LIMITS, PHONE_PATTERN } from '../options.js';

const text = z.string().trim().min(1, 'must not be empty');
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #RRGGBB, e.g. "#1d4f91"');
const topicId = z
  .string()
  .regex(
    /^(?:builtin:)?[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a topic id: the topic file name without .yaml (builtin:<id> for a built-in topic)',
  );

/** One entry in a deck's list of topics: a whole topic, or chosen slides of it. */
const TopicRefSchema = z.union([
  topicId.describe("A topic id: the topic file name without .yaml. All its slides for the deck's audience are used."),
  z
    .strictObject({
      topic: topicId.describe('The topic id.'),
      slides: z
        .array(z.union([z.string().min(1), z.number().int().positive()]))
        .min(1)
        .optional()
        .describe('Slide ids or 1-based positions to use, in this order. Default: all.'),
      section: z
        .boolean()
        .optional()
        .describe('Start the topic with a section slide showing its title. Default: the deck\'s "sections" option.'),
    })
    .describe('A topic with chosen slides.'),
]);

/** Institution branding. */
export const BrandingSchema = z.strictObject({
  logo: text.optional().describe('PNG or SVG logo, relative to the deck file; it must stay inside the content folder.'),
  primaryColor: hexColor.optional().describe('Headings and accents, e.g. "#1d4f91".'),
  accentColor: hexColor.optional().describe('Callout boxes and highlights.'),
  footer: text.optional().describe('Short text shown at the foot of every slide, e.g. a department and phone number.'),
  phone: z
    .string()
    .trim()
    .regex(PHONE_PATTERN, 'must be a phone number, e.g. "(555) 010-0199" or "+44 20 7946 0000"')
    .optional()
    .describe("The care team's phone number, printed on the take-home leaflet."),
});

/** A deck file: which topics, in what order, for whom, and how it looks. */
export const DeckSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: text.describe('Deck title, shown on the title slide.'),
    subtitle: text.optional(),
    audience: z.enum(AUDIENCES).describe('patient (plain language) or professional.'),
    theme: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('Theme name: clinical (default), high-contrast, large-print, dark, or a theme of your own.'),
    presenter: text.optional().describe('Who presents the deck; also the PDF author.'),
    institution: text.optional().describe('Clinic or hospital name.'),
    date: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .pipe(text)
      .optional()
      .describe('Date shown on the title slide, e.g. 2026-11-23.'),
    description: text.optional().describe('What the deck is for; shown in the library.'),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
      .optional()
      .describe('Document language, e.g. en or en-GB. Default: en.'),
    topics: z
      .array(TopicRefSchema)
      .min(1, 'must name at least one topic')
      .max(LIMITS.deckEntries, `must name at most ${LIMITS.deckEntries} topics or slides`)
      .describe('Topics in the order they are presented.'),
    branding: BrandingSchema.optional(),
    options: z
      .strictObject({
        titleSlide: z.boolean().optional().describe('Start with a title slide from this file. Default: true.'),
        sections: z.boolean().optional().describe('Start each topic with a section slide. Default: false.'),
        references: z.boolean().optional().describe('End with a references slide built from the cited topics. Default: true.'),
        slideNumbers: z.boolean().optional().describe('Show slide numbers. Default: true.'),
        aspectRatio: z.enum(['16:9', '4:3']).optional().describe('Slide shape. Default: 16:9.'),
      })
      .optional(),
  })
  .describe('An ImmunoDeck deck file.');

/** A deck file body as written (before validation): what the app's editor holds. */
export type DeckInput = z.input<typeof DeckSchema>;
/** A validated deck file body. */
export type DeckData = z.output<typeof DeckSchema>;
/** Branding of a deck. */
export type Branding = z.output<typeof BrandingSchema>;
