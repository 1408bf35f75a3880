import type { DeckItem } from '../draft.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import { itemLabel, libraryTopics, type Store } from '../state.js';
import { addItem } from './add-items.js';

const ITEM_TYPE = 'application/x-immunodeck-item';
const INDEX_TYPE = 'application/x-immunodeck-index';

/** Move the item at `from` to position `to` (both 0-based). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/**
 * The deck's slide order: add (from the library), remove and reorder by drag and drop, by the
 * ▲ ▼ ✕ buttons, or by keyboard (Alt+↑/↓ move, ↑/↓ focus, Delete remove).
 */
export function mountDeckBuilder(store: Store): void {
  const list = byId<HTMLOListElement>('deck-list');
  let focusIndex: number | undefined;
  const render = () => {
    const { draft, library } = store.get();
    byId('deck-count').textContent = draft.items.length === 1 ? '1 entry' : `${draft.items.length} entries`;
    byId('deck-empty').hidden = draft.items.length > 0;
    replaceChildren(
      list,
      draft.items.map((item, i) => itemRow(store, item, i, draft.items.length, library)),
    );
    if (focusIndex !== undefined) (list.children[Math.min(focusIndex, list.children.length - 1)] as HTMLElement | undefined)?.focus();
    focusIndex = undefined;
  };
  const move = (from: number, to: number) => {
    const items = store.get().draft.items;
    if (to < 0 || to >= items.length || from === to) return;
    focusIndex = to;
    store.setItems(moveItem(items, from, to));
    announce(`Moved “${itemLabel(items[from]!, store.get().library).title}” to position ${to + 1} of ${items.length}.`);
  };
  const remove = (i: number) => {
    const items = store.get().draft.items;
    focusIndex = i < items.length - 1 ? i : i - 1;
    store.setItems(items.filter((_, k) => k !== i));
    announce(`Removed “${itemLabel(items[i]!, store.get().library).title}” from the deck.`);
  };
  list.addEventListener('keydown', (e) => onKey(e, list, move, remove));
  list.addEventListener('click', (e) => onClick(e, move, remove));
  mountDrop(store, list, move);
  store.subscribe((s, prev) => {
    if (s.draft.items !== prev.draft.items || s.library !== prev.library) render();
  });
  render();
}

function itemRow(store: Store, item: DeckItem, i: number, count: number, library: Parameters<typeof itemLabel>[1]): HTMLElement {
  const { title, detail } = itemLabel(item, library);
  const missing = !libraryTopics(library).some((t) => t.id === item.topic);
  const row = h(
    'li',
    {
      class: `deck-item kind-${item.kind}${missing ? ' missing' : ''}`,
      tabindex: 0,
      draggable: 'true',
      'data-index': i,
      'aria-label': `${i + 1} of ${count}: ${title}. ${detail}. Alt+Arrow keys move, Delete removes.`,
    },
    h('span', { class: 'grip', 'aria-hidden': 'true' }, '⠿'),
    h('span', { class: 'item-text' }, h('span', { class: 'item-title' }, title), h('span', { class: 'item-detail' }, detail)),
    h(
      'span',
      { class: 'item-buttons' },
      h(
        'button',
        {
          type: 'button',
          class: 'icon',
          'data-action': 'up',
          disabled: i === 0,
          tabindex: -1,
          'aria-label': `Move “${title}” up`,
          title: 'Move up (Alt+↑)',
        },
        '▲',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'icon',
          'data-action': 'down',
          disabled: i === count - 1,
          tabindex: -1,
          'aria-label': `Move “${title}” down`,
          title: 'Move down (Alt+↓)',
        },
        '▼',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'icon danger',
          'data-action': 'remove',
          tabindex: -1,
          'aria-label': `Remove “${title}”`,
          title: 'Remove (Delete)',
        },
        '✕',
      ),
    ),
  );
  if (item.kind === 'topic') row.append(sectionToggle(store, item, i));
  row.addEventListener('dragstart', (e) => {
    e.dataTransfer?.setData(INDEX_TYPE, String(i));
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    row.classList.add('dragging');
  });
  row.addEventListener('dragend', () => row.classList.remove('dragging'));
  return row;
}

function sectionToggle(store: Store, item: Extract<DeckItem, { kind: 'topic' }>, i: number): HTMLElement {
  const box = h('input', { type: 'checkbox', id: `section-${i}`, checked: !!item.section });
  box.addEventListener('change', () =>
    store.setItems(store.get().draft.items.map((it, k) => (k === i ? { ...item, section: box.checked || undefined } : it))),
  );
  return h('label', { class: 'section-toggle', for: `section-${i}` }, box, ' Section slide');
}

function rowIndex(target: EventTarget | null): number | undefined {
  const row = (target as HTMLElement | null)?.closest<HTMLElement>('.deck-item');
  return row ? Number(row.dataset['index']) : undefined;
}

function onKey(e: KeyboardEvent, list: HTMLElement, move: (f: number, t: number) => void, remove: (i: number) => void): void {
  const i = rowIndex(e.target);
  if (i === undefined || (e.target as HTMLElement).tagName === 'INPUT') return;
  const focus = (k: number) => (list.children[k] as HTMLElement | undefined)?.focus();
  const keys: Record<string, () => void> = {
    ArrowUp: () => (e.altKey ? move(i, i - 1) : focus(i - 1)),
    ArrowDown: () => (e.altKey ? move(i, i + 1) : focus(i + 1)),
    Home: () => focus(0),
    End: () => focus(list.children.length - 1),
    Delete: () => remove(i),
    Backspace: () => remove(i),
  };
  const action = keys[e.key];
  if (!action) return;
  e.preventDefault();
  action();
}

function onClick(e: MouseEvent, move: (f: number, t: number) => void, remove: (i: number) => void): void {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  const i = rowIndex(e.target);
  if (!button || i === undefined) return;
  const action = button.dataset['action'];
  if (action === 'up') move(i, i - 1);
  else if (action === 'down') move(i, i + 1);
  else if (action === 'remove') remove(i);
}

/** Drop targets: rows (reorder, or insert a topic dragged from the library) and the list's end. */
function mountDrop(store: Store, list: HTMLElement, move: (f: number, t: number) => void): void {
  const clear = () => list.querySelectorAll('.drop-before, .drop-after').forEach((el) => el.classList.remove('drop-before', 'drop-after'));
  const position = (e: DragEvent): number => {
    const i = rowIndex(e.target);
    if (i === undefined) return store.get().draft.items.length;
    const row = (e.target as HTMLElement).closest<HTMLElement>('.deck-item')!;
    const box = row.getBoundingClientRect();
    return e.clientY > box.top + box.height / 2 ? i + 1 : i;
  };
  const zone = list.parentElement ?? list;
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    clear();
    const i = rowIndex(e.target);
    if (i === undefined) return;
    const p = position(e);
    (list.children[i] as HTMLElement).classList.add(p > i ? 'drop-after' : 'drop-before');
  });
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget as Node | null)) clear();
  });
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    clear();
    const to = position(e);
    const from = e.dataTransfer?.getData(INDEX_TYPE);
    const added = e.dataTransfer?.getData(ITEM_TYPE);
    if (from) move(Number(from), to > Number(from) ? to - 1 : to);
    else if (added) void addItem(store, JSON.parse(added) as DeckItem, to);
  });
}
