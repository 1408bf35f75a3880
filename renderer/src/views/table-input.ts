import { h } from '../dom.js';
import { fieldId } from './form-fields.js';

/** Table contents: headings and rows of cells. */
export interface TableValue {
  columns: string[];
  rows: string[][];
}

/**
 * A table editor: a heading input per column and a cell input per row and column, with buttons
 * to add or remove rows and columns. Calls `onChange` with the whole table on every change.
 */
export function tableInput(label: string, value: TableValue, onChange: (t: TableValue) => void): HTMLElement {
  let t: TableValue = { columns: [...value.columns], rows: value.rows.map((r) => [...r]) };
  const grid = h('table', { class: 'table-input' });
  const set = (next: TableValue) => {
    t = next;
    onChange(t);
    draw();
  };
  const cell = (text: string, aria: string, update: (v: string) => void) => {
    const input = h('input', { type: 'text', 'aria-label': aria });
    input.value = text;
    input.addEventListener('input', () => {
      update(input.value);
      onChange(t);
    });
    return input;
  };
  const draw = () => {
    const head = h(
      'tr',
      {},
      t.columns.map((c, j) =>
        h(
          'th',
          {},
          cell(c, `Column ${j + 1} heading`, (v) => (t.columns[j] = v)),
        ),
      ),
      h('th', {}),
    );
    const rows = t.rows.map((r, i) =>
      h(
        'tr',
        {},
        t.columns.map((_, j) =>
          h(
            'td',
            {},
            cell(r[j] ?? '', `Row ${i + 1}, ${t.columns[j] || `column ${j + 1}`}`, (v) => (r[j] = v)),
          ),
        ),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'icon danger',
              'aria-label': `Remove row ${i + 1}`,
              onclick: () => set({ ...t, rows: t.rows.filter((_, k) => k !== i) }),
            },
            '✕',
          ),
        ),
      ),
    );
    grid.replaceChildren(h('thead', {}, head), h('tbody', {}, rows));
  };
  draw();
  const addRow = () => set({ ...t, rows: [...t.rows, t.columns.map(() => '')] });
  const addColumn = () => set({ columns: [...t.columns, ''], rows: t.rows.map((r) => [...r, '']) });
  const removeColumn = () =>
    t.columns.length > 2 && set({ columns: t.columns.slice(0, -1), rows: t.rows.map((r) => r.slice(0, t.columns.length - 1)) });
  return h(
    'fieldset',
    { class: 'field table-field', id: fieldId('table') },
    h('legend', {}, label),
    h('div', { class: 'table-scroll' }, grid),
    h(
      'div',
      { class: 'row-buttons' },
      h('button', { type: 'button', class: 'small', onclick: addRow }, '+ Add row'),
      h('button', { type: 'button', class: 'small', onclick: addColumn }, '+ Add column'),
      h('button', { type: 'button', class: 'small', onclick: removeColumn }, '− Remove last column'),
    ),
    h('p', { class: 'field-problem', role: 'alert', hidden: true }),
  );
}
