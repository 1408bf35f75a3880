/**
 * What the structured slide editor shows for each layout, the changes it sends, and the checks it
 * makes before sending (in plain words, next to the field). Pure: no DOM, no I/O.
 */

/** A slide as plain data (one entry of a topic's `slides:`). */
export type SlideData = Record<string, unknown>;

/** How a field is edited. */
export type FieldKind = 'text' | 'area' | 'list' | 'column' | 'table' | 'tone' | 'image';

/** One labelled field of the form. */
export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  help?: string;
  /** Professionals may get their own wording of this field (shown side by side). */
  wording?: boolean;
}

const title: FieldSpec = { key: 'title', label: 'Title', kind: 'text', required: true, wording: true };
const subtitle: FieldSpec = { key: 'subtitle', label: 'Subtitle', kind: 'text', wording: true };
const bullets = (required: boolean, label = 'Bullets'): FieldSpec => ({ key: 'items', label, kind: 'list', required, wording: true });

/** The fields of each layout, in the order the form shows them (notes and sources come after). */
export const LAYOUT_FIELDS: Record<string, FieldSpec[]> = {
  title: [title, subtitle],
  section: [title, subtitle],
  bullets: [title, { key: 'text', label: 'Lead sentence (above the bullets)', kind: 'text', wording: true }, bullets(true)],
  'two-column': [title, { key: 'left', label: 'Left column', kind: 'column' }, { key: 'right', label: 'Right column', kind: 'column' }],
  image: [
    title,
    { key: 'image', label: 'Picture', kind: 'image', required: true },
    {
      key: 'alt',
      label: 'Describe the picture (alt text)',
      kind: 'text',
      required: true,
      wording: true,
      help: 'Read aloud by screen readers and used in tagged PDFs: say what the picture shows.',
    },
    { key: 'caption', label: 'Caption', kind: 'text', wording: true },
    { key: 'credit', label: 'Credit and licence', kind: 'text' },
  ],
  table: [title, { key: 'table', label: 'Table', kind: 'table', required: true }, { key: 'caption', label: 'Caption', kind: 'text' }],
  callout: [
    title,
    { key: 'message', label: 'Key message', kind: 'area', required: true, wording: true },
    { key: 'tone', label: 'How urgent', kind: 'tone' },
    bullets(false, 'Bullets under the message (optional)'),
  ],
  questions: [title, bullets(false, 'Questions')],
  references: [{ ...title, required: false }],
};

/** Layouts a new slide can have, with what each is for. */
export const LAYOUT_CHOICES: { layout: string; label: string }[] = [
  { layout: 'bullets', label: 'Heading and bullets' },
  { layout: 'callout', label: 'Key message in a box' },
  { layout: 'two-column', label: 'Two columns' },
  { layout: 'table', label: 'Table' },
  { layout: 'image', label: 'Picture' },
  { layout: 'questions', label: 'Questions' },
  { layout: 'section', label: 'Section divider' },
  { layout: 'title', label: 'Title slide' },
];

/** The tones of a callout. */
export const TONES = [
  { value: 'info', label: 'Information' },
  { value: 'important', label: 'Important' },
  { value: 'urgent', label: 'Urgent — call now' },
] as const;

/** The fields of a slide's layout, then the notes (all layouts). */
export function fieldsOf(layout: string): FieldSpec[] {
  return [...(LAYOUT_FIELDS[layout] ?? [title]), { key: 'notes', label: 'Speaker notes', kind: 'area', wording: true }];
}

/** A starting point for a new slide of `layout`, valid as soon as the placeholders are replaced. */
export function newSlide(layout: string): SlideData {
  const base: SlideData = { layout, title: 'New slide' };
  if (layout === 'bullets') return { ...base, items: ['A first point in plain words.'] };
  if (layout === 'callout') return { ...base, message: 'The one thing to remember.', tone: 'info' };
  if (layout === 'two-column') return { ...base, left: { heading: 'Before', items: ['…'] }, right: { heading: 'After', items: ['…'] } };
  if (layout === 'table') return { ...base, columns: ['What', 'When'], rows: [['…', '…']] };
  if (layout === 'questions') return { ...base, title: 'Your questions', items: ['What would you like to ask?'] };
  return base;
}

/** The changes to send for `edited` against `original`: changed fields, and `null` for removed ones. */
export function slideChanges(original: SlideData, edited: SlideData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edited)) {
    const v = clean(value);
    if (JSON.stringify(v) !== JSON.stringify(original[key])) out[key] = v === undefined ? null : v;
  }
  for (const key of Object.keys(original)) if (!(key in edited)) out[key] = null;
  return out;
}

/** Empty texts and lists become absent; lists lose their empty entries; objects lose empty fields. */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, clean(v)] as const);
    const kept = entries.filter(([, v]) => v !== undefined);
    return kept.length ? Object.fromEntries(kept) : undefined;
  }
  return value;
}

/** Problems a person can fix before saving, in plain words, by field. */
export function checkSlide(slide: SlideData): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const f of fieldsOf(String(slide['layout']))) {
    const v = slide[f.key];
    if (f.kind === 'table') {
      const table = checkTable(slide['columns'], slide['rows']);
      if (table) problems['table'] = table;
    } else if (f.kind === 'list') {
      const items = Array.isArray(v) ? v : [];
      const blank = items.findIndex((i) => typeof i !== 'string' || !i.trim());
      if (blank >= 0) problems[f.key] = `Item ${blank + 1} is empty: write it or remove it.`;
      else if (f.required && !items.length) problems[f.key] = 'Add at least one bullet.';
    } else if (f.required && (typeof v !== 'string' || !v.trim())) problems[f.key] = requiredMessage(f);
  }
  return problems;
}

function requiredMessage(f: FieldSpec): string {
  if (f.key === 'alt') return 'Describe what the picture shows, for people who cannot see it.';
  if (f.key === 'image') return 'Choose a picture.';
  if (f.key === 'title') return 'Write a title: every slide needs one.';
  return `${f.label} cannot be empty.`;
}

function checkTable(columns: unknown, rows: unknown): string | undefined {
  const cols = Array.isArray(columns) ? columns : [];
  const body = Array.isArray(rows) ? rows : [];
  if (cols.length < 2) return 'A table needs at least two columns.';
  if (cols.some((c) => typeof c !== 'string' || !c.trim())) return 'Every column needs a heading.';
  if (!body.length) return 'Add at least one row.';
  const bad = body.findIndex((r) => !Array.isArray(r) || r.some((c) => typeof c !== 'string' || !c.trim()));
  return bad >= 0 ? `Row ${bad + 1} has an empty cell: fill it in or remove the row.` : undefined;
}

/** Where a problem from the service belongs: the form's field (rows and columns are the table). */
export function formField(field: string | undefined): string | undefined {
  return field === 'rows' || field === 'columns' ? 'table' : field;
}
