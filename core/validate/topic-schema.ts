import { z } from 'zod';
import { AUDIENCES, CATEGORIES, type Layout } from '../options.js';

/**
 * The one source of truth for the topic file format. Runtime validation uses these schemas and
 * `npm run schema` writes the JSON Schema editors use for completion (schema/topic.schema.json).
 * Every field carries a description; docs/topic-format.md shows a complete annotated example.
 */

export type { Audience, Layout } from '../options.js';

const text = z.string().trim().min(1, 'must not be empty');
/** Inline Markdown text (bold, italic, links, code); raw HTML is shown as text, never run. */
const md = text.describe('Text with inline Markdown: **bold**, *italic*, [link](https://…). HTML is not allowed.');
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'));
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "car-t-basics"');

/** A list of short Markdown items. */
const items = z.array(md).min(1, 'must list at least one item').describe('A list of short lines of text (inline Markdown).');

/** A column of a two-column slide. */
const column = z.strictObject({
  heading: md.optional().describe('Heading over the column.'),
  text: md.optional().describe('A paragraph of text.'),
  items: items.optional(),
});

/** Fields every slide can have. */
const slideBase = {
  id: id.optional().describe('Stable id for picking this slide in a deck file (topic-id#slide-id). Defaults to its position (1, 2, …).'),
  title: md.optional().describe('The slide heading.'),
  notes: z.string().trim().min(1).optional().describe('Speaker notes (Markdown), shown in the speaker view and on notes pages.'),
  cite: z.array(id).optional().describe("Ids of entries in this topic's references that back what the slide says."),
  audience: z
    .enum([...AUDIENCES, 'both'])
    .optional()
    .describe('Show this slide only to this audience. Default: both.'),
};

/** Fields a per-audience override may replace; also the fields a translation gives (translation-schema.ts). */
export const overridable = {
  title: md.optional(),
  subtitle: md.optional(),
  notes: z.string().trim().min(1).optional(),
  items: items.optional(),
  text: md.optional(),
  message: md.optional(),
  caption: md.optional(),
  alt: text.optional(),
  left: column.optional(),
  right: column.optional(),
  columns: z.array(md).optional(),
  rows: z.array(z.array(md)).optional(),
};
/** Per-audience wording: any listed field replaces the slide's own when the deck is for that audience. */
export const override = z.strictObject(overridable).describe("Wording for one audience; each field here replaces the slide's field.");
const audienceOverrides = {
  patient: override.optional().describe('Wording used in patient decks.'),
  professional: override.optional().describe('Wording used in professional decks.'),
};

const slide = <L extends Layout, S extends z.ZodRawShape>(layout: L, shape: S, description: string) =>
  z.strictObject({ layout: z.literal(layout), ...slideBase, ...audienceOverrides, ...shape }).describe(description);

/** A slide, by layout. */
export const SlideSchema = z.discriminatedUnion('layout', [
  slide('title', { title: md, subtitle: md.optional() }, 'A title slide: big heading and an optional subtitle.'),
  slide('section', { title: md, subtitle: md.optional() }, 'A section divider.'),
  slide(
    'bullets',
    { title: md, text: md.optional().describe('A lead-in sentence above the list.'), items },
    'A heading and a bulleted list.',
  ),
  slide('two-column', { title: md, left: column, right: column }, 'Two columns side by side, each with a heading, text or items.'),
  slide(
    'image',
    {
      title: md,
      image: text.describe('Path of a PNG, JPEG, SVG or WebP image, relative to this topic file; it must stay inside the content folder.'),
      alt: text.describe('What the image shows, for people who cannot see it (screen readers, PDF tags).'),
      caption: md.optional().describe('A caption shown under the image.'),
      credit: md.optional().describe('Who made the image, and its licence.'),
    },
    'An image with alt text and a caption.',
  ),
  slide(
    'table',
    {
      title: md,
      columns: z.array(md).min(2, 'must have at least two columns').describe('Column headings.'),
      rows: z
        .array(z.array(md))
        .min(1, 'must have at least one row')
        .describe('Rows of cells, one list per row, as many cells as columns.'),
      caption: md.optional(),
    },
    'A comparison table.',
  ),
  slide(
    'callout',
    {
      title: md,
      message: md.describe('The one key message of this slide.'),
      tone: z
        .enum(['info', 'important', 'urgent'])
        .optional()
        .describe('info (default), important, or urgent (e.g. "call your care team now").'),
      items: items.optional(),
    },
    'A key message in a highlighted box.',
  ),
  slide('questions', { title: md, items: items.optional().describe('Questions to prompt discussion.') }, 'A questions slide.'),
  slide('references', { title: md.optional() }, "Lists this topic's references."),
]);

/** A source that backs the topic's facts. */
export const ReferenceSchema = z
  .strictObject({
    id: id.describe('Short id used in a slide\'s "cite" list.'),
    text: text.describe('The citation: author or organisation, title, publisher, year.'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
      .optional()
      .describe('Link to the primary source.'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1234/abc')
      .optional(),
    pmid: z
      .union([z.string().regex(/^\d+$/), z.number().int()])
      .transform(String)
      .optional(),
    accessed: isoDate.optional().describe('When the web page was read (YYYY-MM-DD).'),
  })
  .describe('A reference.');

/** A topic file: one topic, many slides. The topic id is the file name without .yaml. */
export const TopicSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: md.describe('Topic title, shown in the library and on the section slide.'),
    category: z.enum(CATEGORIES).describe(`One of: ${CATEGORIES.join(', ')}.`),
    summary: text.describe('One or two sentences on what the topic covers.'),
    audiences: z.array(z.enum(AUDIENCES)).min(1).optional().describe('Audiences the topic is written for. Default: both.'),
    lastReviewed: isoDate.describe('When the content was last checked against its sources (YYYY-MM-DD).'),
    reviewedBy: text.optional().describe('Who reviewed it.'),
    tags: z.array(text).optional().describe('Search words for the library.'),
    references: z.array(ReferenceSchema).describe('Sources for the facts in this topic.'),
    slides: z.array(SlideSchema).min(1, 'must have at least one slide').describe('The slides, in order.'),
  })
  .describe('An ImmunoDeck topic file.');

/** A validated slide. */
export type Slide = z.output<typeof SlideSchema>;
/** A validated reference. */
export type Reference = z.output<typeof ReferenceSchema>;
/** A validated topic file body. */
export type TopicData = z.output<typeof TopicSchema>;
/** Fields that can differ by audience. */
export type SlideOverride = z.output<typeof override>;
