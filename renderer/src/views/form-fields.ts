import { h } from '../dom.js';

/** Called with a field's new value. */
export type OnChange<T> = (value: T) => void;

let uid = 0;
/** A unique element id for label/field pairs. */
export function fieldId(key: string): string {
  return `sf-${key}-${++uid}`;
}

/** A labelled one-line or multi-line text field with a slot for its problem. */
export function textInput(label: string, value: unknown, onChange: OnChange<string>, multiline = false, help?: string): HTMLElement {
  const id = fieldId('t');
  const input = multiline
    ? h('textarea', { id, rows: 3, 'aria-describedby': `${id}-problem` })
    : h('input', { type: 'text', id, 'aria-describedby': `${id}-problem` });
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => onChange(input.value));
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    help ? h('p', { class: 'hint' }, help) : null,
    h('p', { class: 'field-problem', id: `${id}-problem`, role: 'alert', hidden: true }),
  );
}

/** A labelled select. */
export function selectInput(
  label: string,
  value: string,
  options: { value: string; label: string }[],
  onChange: OnChange<string>,
): HTMLElement {
  const id = fieldId('s');
  const select = h(
    'select',
    { id },
    options.map((o) => h('option', { value: o.value }, o.label)),
  );
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    select,
    h('p', { class: 'field-problem', role: 'alert', hidden: true }),
  );
}

/**
 * A list of short texts (bullets, questions): each line has ▲ ▼ ✕ buttons, and "Add" appends
 * one; the list redraws itself, the caller gets the new list on every change.
 */
export function listInput(label: string, value: unknown, onChange: OnChange<string[]>, itemName = 'bullet'): HTMLElement {
  let items = Array.isArray(value) ? value.map(String) : [];
  const list = h('ol', { class: 'list-input' });
  const set = (next: string[], focus?: number) => {
    items = next;
    onChange(items);
    draw(focus);
  };
  const draw = (focus?: number) => {
    list.replaceChildren(...items.map((text, i) => listRow(text, i, items, set, label, itemName)));
    if (focus !== undefined) list.querySelectorAll<HTMLInputElement>('input')[focus]?.focus();
  };
  draw();
  const add = h('button', { type: 'button', class: 'small', onclick: () => set([...items, ''], items.length) }, `+ Add ${itemName}`);
  return h(
    'fieldset',
    { class: 'field list-field' },
    h('legend', {}, label),
    list,
    add,
    h('p', { class: 'field-problem', role: 'alert', hidden: true }),
  );
}

function listRow(
  text: string,
  i: number,
  items: string[],
  set: (next: string[], focus?: number) => void,
  label: string,
  itemName: string,
): HTMLElement {
  const input = h('input', { type: 'text', 'aria-label': `${label}: ${itemName} ${i + 1}` });
  input.value = text;
  input.addEventListener('input', () => {
    items[i] = input.value;
    set([...items]);
    input.focus();
  });
  const move = (to: number) => {
    const next = [...items];
    const [moved] = next.splice(i, 1);
    next.splice(to, 0, moved!);
    set(next, to);
  };
  return h(
    'li',
    {},
    input,
    h(
      'button',
      { type: 'button', class: 'icon', 'aria-label': `Move ${itemName} ${i + 1} up`, disabled: i === 0, onclick: () => move(i - 1) },
      '▲',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'aria-label': `Move ${itemName} ${i + 1} down`,
        disabled: i === items.length - 1,
        onclick: () => move(i + 1),
      },
      '▼',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'icon danger',
        'aria-label': `Remove ${itemName} ${i + 1}`,
        onclick: () =>
          set(
            items.filter((_, k) => k !== i),
            Math.max(0, i - 1),
          ),
      },
      '✕',
    ),
  );
}

/** Show or clear the problem of a field (the `.field-problem` slot inside `field`). */
export function setProblem(field: Element, message: string | undefined): void {
  const slot = field.querySelector<HTMLElement>(':scope > .field-problem');
  if (!slot) return;
  slot.textContent = message ?? '';
  slot.hidden = !message;
  field.classList.toggle('has-problem', !!message);
}
