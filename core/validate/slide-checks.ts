/**
 * Checks of a topic's slides that the schema cannot express: table rows with the wrong number of
 * cells, and audience wording (`patient:` / `professional:`) that leaves some of the base text
 * showing under that audience.
 *
 * The override rule (docs/topic-format.md, "Wording for each audience"): a field in a `patient:`
 * or `professional:` block replaces the same field of the slide for that audience; a field the
 * block does not name is shown as written, to both audiences.
 */
import { error, warning, type Diagnostic } from '../errors.js';
import { AUDIENCES } from '../options.js';
import type { LoadedTopic } from './content.js';
import type { Audience, Slide, SlideOverride } from './topic-schema.js';

/** The fields that make up what a slide says (title, notes and table headings aside), which an override is expected to replace together. */
const BODY_FIELDS = ['text', 'items', 'message', 'left', 'right', 'rows'] as const;

/** Table rows with the wrong number of cells in a topic, located at the row. */
export function checkSlides(topic: Pick<LoadedTopic, 'data' | 'locate'>): Diagnostic[] {
  return topic.data.slides.flatMap((slide, i) => checkTable(topic, slide, i));
}

function checkTable(topic: Pick<LoadedTopic, 'locate'>, slide: Slide, i: number): Diagnostic[] {
  if (slide.layout !== 'table') return [];
  const out: Diagnostic[] = [];
  const where = `slide ${i + 1} (table)`;
  const variants: [string, SlideOverride | undefined][] = [
    ['', undefined],
    ...AUDIENCES.map((a): [string, SlideOverride | undefined] => [a, slide[a]]),
  ];
  for (const [audience, o] of variants) {
    if (audience && !o?.rows && !o?.columns) continue;
    const columns = o?.columns ?? slide.columns;
    const rows = o?.rows ?? slide.rows;
    const rowsAt = o?.rows ? ['slides', i, audience, 'rows'] : ['slides', i, 'rows'];
    rows.forEach((row, r) => {
      if (row.length === columns.length) return;
      const label = audience ? `${where}, ${audience} wording` : where;
      out.push(
        error(
          'SCHEMA',
          `${label}: row ${r + 1} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'} but the table has ${columns.length} columns`,
          topic.locate([...rowsAt, r]),
          row.length > columns.length
            ? 'Remove the extra cells, or put a cell that contains a comma in quotes.'
            : 'Add the missing cells (write "" for an empty one).',
        ),
      );
    });
  }
  return out;
}

/**
 * Base text that survives the `audience:` block of a slide shown to that audience, located at the
 * surviving field. Checked when a deck uses the slide, so a patient deck is not told about
 * professional wording.
 */
export function checkOverride(topic: Pick<LoadedTopic, 'locate'>, slide: Slide, i: number, audience: Audience): Diagnostic[] {
  const o = slide[audience] as Record<string, unknown> | undefined;
  const base = slide as unknown as Record<string, unknown>;
  const replaced = BODY_FIELDS.filter((f) => o?.[f] !== undefined);
  if (!o || replaced.length === 0) return [];
  return BODY_FIELDS.filter((f) => base[f] !== undefined && o[f] === undefined).map((f) =>
    warning(
      'SCHEMA',
      `slide ${i + 1} (${slide.layout}): the ${audience}: wording replaces ${replaced.join(' and ')} but not "${f}", so ${audience} decks also show this ${f}`,
      topic.locate(['slides', i], f),
      `If this ${f} is written for the other audience, add a "${f}:" to the ${audience}: block (each field there replaces the slide's own; fields it leaves out show to both audiences).`,
    ),
  );
}
