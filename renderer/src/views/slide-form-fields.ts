import { h } from '../dom.js';
import { fieldsOf, TONES, type FieldSpec, type SlideData } from '../slide-fields.js';
import { listInput, selectInput, textInput } from './form-fields.js';
import { tableInput } from './table-input.js';

/** What the fields need besides the slide. */
export interface SlideFieldsContext {
  references: { id: string; text: string }[];
  /** Library images (relative to the content folder). */
  images: string[];
  onChange: () => void;
}

/**
 * The labelled fields of a slide's layout. Fields professionals may see worded differently get a
 * second column ("For professionals") beside the patient wording. Edits write into `slide`.
 */
export function slideFields(slide: SlideData, ctx: SlideFieldsContext): HTMLElement {
  const pro = () => (slide['professional'] ?? {}) as SlideData;
  const setPro = (key: string, v: unknown) => {
    const next = { ...pro(), [key]: v };
    slide['professional'] = next;
    ctx.onChange();
  };
  const showPro = h('input', { type: 'checkbox', id: 'sf-show-pro', checked: !!slide['professional'] });
  const rows = fieldsOf(String(slide['layout'])).map((f) =>
    fieldRow(
      slide,
      f,
      ctx,
      () => pro()[f.key],
      (v) => setPro(f.key, v),
    ),
  );
  const form = h(
    'div',
    { class: `slide-fields${slide['professional'] ? ' with-pro' : ''}` },
    h('label', { class: 'check' }, showPro, ' Show professional wording side by side'),
    h(
      'div',
      { class: 'wording-head', 'aria-hidden': 'true' },
      h('span', {}, 'For patients (and everyone)'),
      h('span', { class: 'pro-only' }, 'For professionals (optional)'),
    ),
    rows,
    citations(slide, ctx),
    selectInput(
      'Who sees this slide',
      String(slide['audience'] ?? 'both'),
      [
        { value: 'both', label: 'Everyone' },
        { value: 'patient', label: 'Patient decks only' },
        { value: 'professional', label: 'Professional decks only' },
      ],
      (v) => set(slide, 'audience', v === 'both' ? undefined : v, ctx),
    ),
  );
  showPro.addEventListener('change', () => form.classList.toggle('with-pro', showPro.checked));
  return form;
}

function set(slide: SlideData, key: string, value: unknown, ctx: SlideFieldsContext): void {
  if (value === undefined) delete slide[key];
  else slide[key] = value;
  ctx.onChange();
}

function fieldRow(
  slide: SlideData,
  f: FieldSpec,
  ctx: SlideFieldsContext,
  proValue: () => unknown,
  setPro: (v: unknown) => void,
): HTMLElement {
  const main = input(f, slide[f.key], (v) => set(slide, f.key, v, ctx), slide, ctx);
  main.dataset['field'] = f.key;
  if (!f.wording) return h('div', { class: 'field-row-form' }, main);
  const label = `${f.label} — for professionals`;
  const pro = f.kind === 'list' ? listInput(label, proValue(), setPro) : textInput(label, proValue(), setPro, f.kind === 'area');
  pro.classList.add('pro-only');
  pro.dataset['field'] = `professional.${f.key}`;
  return h('div', { class: 'field-row-form wording' }, main, pro);
}

function input(f: FieldSpec, value: unknown, onChange: (v: unknown) => void, slide: SlideData, ctx: SlideFieldsContext): HTMLElement {
  const label = f.required ? `${f.label} (required)` : f.label;
  switch (f.kind) {
    case 'list':
      return listInput(label, value, onChange, f.label === 'Questions' ? 'question' : 'bullet');
    case 'area':
      return textInput(label, value, onChange, true, f.help);
    case 'tone':
      return selectInput(label, String(value ?? 'info'), [...TONES], onChange);
    case 'image':
      return imageInput(label, value, ctx.images, onChange);
    case 'column':
      return columnInput(label, (value ?? {}) as SlideData, onChange);
    case 'table':
      return tableInput(label, { columns: (slide['columns'] as string[]) ?? ['', ''], rows: (slide['rows'] as string[][]) ?? [] }, (t) => {
        slide['columns'] = t.columns;
        slide['rows'] = t.rows;
        ctx.onChange();
      });
    default:
      return textInput(label, value, onChange, false, f.help);
  }
}

/** A picture from the library's images (paths in a topic are relative to topics/). */
function imageInput(label: string, value: unknown, images: string[], onChange: (v: unknown) => void): HTMLElement {
  const current = typeof value === 'string' ? value : '';
  const options = [
    { value: '', label: 'Choose a picture…' },
    ...images.map((i) => ({ value: `../${i}`, label: i.replace(/^images\//, '') })),
  ];
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return selectInput(label, current, options, (v) => onChange(v || undefined));
}

function columnInput(label: string, column: SlideData, onChange: (v: unknown) => void): HTMLElement {
  const col = { ...column };
  const update = (key: string, v: unknown) => {
    col[key] = v;
    onChange({ ...col });
  };
  return h(
    'fieldset',
    { class: 'field column-field' },
    h('legend', {}, label),
    textInput(`${label}: heading`, col['heading'], (v) => update('heading', v)),
    textInput(`${label}: text`, col['text'], (v) => update('text', v), true),
    listInput(`${label}: bullets`, col['items'], (v) => update('items', v)),
    h('p', { class: 'field-problem', role: 'alert', hidden: true }),
  );
}

/** Sources: tick the topic's references this slide relies on. */
function citations(slide: SlideData, ctx: SlideFieldsContext): HTMLElement {
  const cited = new Set(Array.isArray(slide['cite']) ? (slide['cite'] as string[]) : []);
  const box = (r: { id: string; text: string }) => {
    const input = h('input', { type: 'checkbox', value: r.id, checked: cited.has(r.id) });
    input.addEventListener('change', () => {
      if (input.checked) cited.add(r.id);
      else cited.delete(r.id);
      set(slide, 'cite', cited.size ? ctx.references.map((x) => x.id).filter((id) => cited.has(id)) : undefined, ctx);
    });
    return h('label', { class: 'check' }, input, ` ${r.text}`);
  };
  return h(
    'fieldset',
    { class: 'field cite-field', 'data-field': 'cite' },
    h('legend', {}, 'Sources for this slide'),
    ctx.references.length
      ? ctx.references.map(box)
      : h('p', { class: 'hint' }, 'This topic lists no references yet (add them in the YAML view).'),
    h('p', { class: 'field-problem', role: 'alert', hidden: true }),
  );
}
