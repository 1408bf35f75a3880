/**
 * Structured slide editing: apply field changes to one slide of a topic file's text by splicing
 * only the changed fields' text. Everything else — comments, key order, quoting, folded and long
 * lines — stays byte for byte as the author wrote it (re-printing the whole YAML Document would
 * re-wrap long lines and folded scalars). Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { error, type Diagnostic } from '../core/errors.js';
import { fail, ok, type Result } from '../core/result.js';

/** New values for top-level fields of a slide; `null` removes the field. */
export type SlideChanges = Record<string, unknown>;

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The topic text with slide `index` changed. `index` equal to the number of slides appends a new
 * slide made of the changes (its `layout` first).
 */
export function editSlideText(text: string, index: number, changes: SlideChanges): Result<string> {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) return fail([plain('The topic file has a YAML syntax error; fix it in the YAML view first.')]);
  const slides = isMap(doc.contents) ? doc.contents.get('slides', true) : undefined;
  if (!isSeq(slides) || slides.flow) return fail([plain('The topic file has no block list of slides (slides:) to edit.')]);
  if (index === slides.items.length) return ok(appendSlide(text, slides.items.at(-1), changes));
  const slide = slides.items[index];
  if (!isMap(slide) || slide.flow) return fail([plain(`There is no slide ${index + 1} in this topic.`)]);
  // Splice from the end of the file backwards, so earlier offsets stay valid.
  const edits = Object.entries(changes)
    .flatMap(([key, value]) => fieldEdit(text, slide, key, value))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return ok(out);
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

function fieldEdit(text: string, slide: YAMLMap, key: string, value: unknown): Splice[] {
  const pair = slide.items.find((p) => isScalar(p.key) && p.key.value === key) as
    Pair<{ range?: number[] }, { range?: number[]; toJSON?: () => unknown }> | undefined;
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (!pair) return empty ? [] : [addField(text, slide, key, value)];
  const current = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : undefined);
  if (!empty && JSON.stringify(current) === JSON.stringify(value)) return [];
  const keyStart = pair.key?.range?.[0] ?? 0;
  const valueEnd = endOfValue(text, pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? keyStart);
  if (empty) return [removeField(text, keyStart, valueEnd)];
  const items = isSeq(pair.value) && Array.isArray(value) ? listEdits(text, pair.value, value) : undefined;
  return items ?? [{ start: keyStart, end: valueEnd, insert: renderField(key, value, columnOf(text, keyStart)) }];
}

/**
 * Item by item edits of a block list of one-line texts, so the comments on unchanged items stay;
 * undefined when the list is not of that simple kind (the whole field is rewritten then).
 */
function listEdits(text: string, seq: YAMLSeq, value: unknown[]): Splice[] | undefined {
  const simple = (v: unknown) => typeof v === 'string' && !v.includes('\n');
  if (seq.flow || !seq.items.length || !value.every(simple) || !seq.items.every((n) => isScalar(n) && simple(n.value))) return undefined;
  const nodes = seq.items as Scalar[];
  const edits: Splice[] = [];
  nodes.forEach((n, i) => {
    const [start = 0, end = 0] = n.range ?? [];
    if (i < value.length && n.value !== value[i]) edits.push({ start, end: endOfValue(text, end), insert: inline(value[i]) });
    if (i >= value.length) edits.push(removeField(text, text.lastIndexOf('-', start), endOfValue(text, end)));
  });
  const last = nodes.at(-1)!;
  const at = endOfValue(text, last.range?.[1] ?? 0);
  const dash = ' '.repeat(columnOf(text, text.lastIndexOf('-', last.range?.[0] ?? 0)));
  const added = value.slice(nodes.length).map((v) => `\n${dash}- ${inline(v)}`);
  if (added.length) edits.push({ start: at, end: at, insert: added.join('') });
  // A list emptied of all its old items still holds the new ones: never two edits at one spot.
  return edits;
}

/** A one-line text as a YAML scalar (quoted only when it must be). */
function inline(v: unknown): string {
  return stringify(v, STRINGIFY).replace(/\n$/, '');
}

/** The field as YAML, its later lines indented to the key's column. */
function renderField(key: string, value: unknown, column: number): string {
  const lines = stringify({ [key]: value }, STRINGIFY)
    .replace(/\n$/, '')
    .split('\n');
  return lines.map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(column) + l)).join('\n');
}

/** A new field after the slide's last one, at the column of its other keys. */
function addField(text: string, slide: YAMLMap, key: string, value: unknown): Splice {
  const last = slide.items.at(-1) as Pair<{ range?: number[] }, { range?: number[] }> | undefined;
  const column = columnOf(text, last?.key?.range?.[0] ?? 0);
  const at = endOfValue(text, last?.value?.range?.[1] ?? last?.key?.range?.[1] ?? 0);
  return { start: at, end: at, insert: `\n${' '.repeat(column)}${renderField(key, value, column)}` };
}

/** Remove a field's lines; a field sharing its line with the list dash ("- id: …") is kept blank instead. */
function removeField(text: string, keyStart: number, valueEnd: number): Splice {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (text.slice(lineStart, keyStart).trim() !== '') return { start: keyStart, end: valueEnd, insert: '' };
  return { start: lineStart - 1 >= 0 ? lineStart - 1 : 0, end: valueEnd, insert: '' };
}

function appendSlide(text: string, last: unknown, changes: SlideChanges): string {
  const range = (last as { range?: number[] } | undefined)?.range;
  const start = range?.[0] ?? text.length;
  const column = columnOf(text, start);
  const { layout, ...rest } = changes;
  const data = Object.fromEntries(Object.entries({ layout, ...rest }).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const lines = stringify([data], STRINGIFY).replace(/\n$/, '').split('\n');
  const block = lines.map((l) => (l === '' ? l : ' '.repeat(Math.max(0, column - 2)) + l)).join('\n');
  const end = endOfValue(text, range?.[1] ?? text.length);
  return `${text.slice(0, end)}\n${block}${text.slice(end)}`;
}

/** Where a value's text ends: before the line break that ends it (block scalars include theirs). */
function endOfValue(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  const lineEnd = text.indexOf('\n', e);
  const rest = text.slice(e, lineEnd < 0 ? text.length : lineEnd);
  // Keep a comment that follows the value on its line.
  return /^\s*(#|$)/.test(rest) ? e : lineEnd < 0 ? text.length : lineEnd;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function plain(message: string): Diagnostic {
  return error('SCHEMA', message);
}

/**
 * Which field of slide `index` each problem is about (by its line in `text`), so the form shows it
 * next to that field; problems elsewhere in the file have no field.
 */
export function fieldsOfProblems(text: string, index: number, diagnostics: readonly Diagnostic[]): (string | undefined)[] {
  const doc = parseDocument(text);
  const slides = isMap(doc.contents) ? doc.contents.get('slides', true) : undefined;
  const slide = isSeq(slides) ? slides.items[index] : undefined;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const spans = isMap(slide)
    ? (slide.items as Pair<{ range?: number[]; value?: unknown }, { range?: number[] }>[]).map((p) => ({
        key: String(p.key?.value ?? ''),
        from: lineOf(p.key?.range?.[0] ?? 0),
        to: lineOf(endOfValue(text, p.value?.range?.[1] ?? p.key?.range?.[1] ?? 0)),
      }))
    : [];
  return diagnostics.map((d) => {
    const line = d.location?.line ?? 0;
    return spans.find((s) => line >= s.from && line <= s.to)?.key;
  });
}
