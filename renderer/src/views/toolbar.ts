import { DECK_OPENED } from '../actions.js';
import { announce, byId } from '../dom.js';
import type { AppState, Store } from '../state.js';

/**
 * The toolbar fits the moment: Save is the primary button only when there is something to save,
 * Present and Export only work on a deck with slides (they look disabled; the reason shows on
 * hover, to screen readers, and in the status bar when clicked), Undo and Redo say what they would do.
 */
export function mountToolbar(store: Store): void {
  byId('undo').addEventListener('click', () => undo(store));
  byId('redo').addEventListener('click', () => redo(store));
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    // Text fields keep their own undo; dialogs and the editor are not deck changes.
    const target = e.target as HTMLElement;
    if (target.closest('input[type="text"], input[type="search"], textarea, dialog, #editor, #presenter')) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) redo(store);
    else undo(store);
  });
  store.subscribe((s, prev) => {
    if (s.draft !== prev.draft || s.dirty !== prev.dirty || s.deckPath !== prev.deckPath) render(store, s);
  });
  render(store, store.get());
}

function undo(store: Store): void {
  announce(store.undo() ? 'Undone.' : 'Nothing to undo.');
}

function redo(store: Store): void {
  announce(store.redo() ? 'Redone.' : 'Nothing to redo.');
}

function render(store: Store, s: AppState): void {
  const empty = s.draft.items.length === 0;
  const save = byId<HTMLButtonElement>('save-deck');
  save.disabled = !s.dirty;
  save.classList.toggle('primary', s.dirty);
  save.title = s.dirty ? 'Save deck (Ctrl+S)' : 'Nothing to save: all changes are saved';
  const why = 'Add topics to the deck first';
  // Not `disabled`: a disabled button cannot be focused or clicked, so nobody would learn why.
  // aria-disabled keeps it in the tab order, and a click says the reason in the status bar.
  for (const id of ['present-deck', 'export-deck']) {
    const b = byId<HTMLButtonElement>(id);
    b.setAttribute('aria-disabled', String(empty));
    b.title = empty ? why : '';
  }
  byId('present-deck').classList.toggle('primary', !empty && !s.dirty);
  const { undo: u, redo: r } = store.historySize();
  byId<HTMLButtonElement>('undo').disabled = u === 0;
  byId<HTMLButtonElement>('redo').disabled = r === 0;
  byId('toolbar-hint').textContent = empty ? why : '';
}

/** Below this window width an opened deck folds the library away, so the preview keeps a useful size. */
const NARROW = 1100;

/**
 * Small screens: the library folds away so the deck and the preview keep a useful size. At
 * 1024×768 it folds by itself when a deck is opened (the nurse is now working on the deck, not
 * browsing); "» Library" brings it back.
 */
export function mountLibraryToggle(): void {
  const set = (collapsed: boolean, focus = true) => {
    document.body.classList.toggle('library-collapsed', collapsed);
    byId('show-library').hidden = !collapsed;
    if (focus) (collapsed ? byId('show-library') : byId('hide-library')).focus();
  };
  byId('hide-library').addEventListener('click', () => set(true));
  byId('show-library').addEventListener('click', () => set(false));
  document.addEventListener(DECK_OPENED, (e) => {
    if (window.innerWidth > NARROW || document.body.classList.contains('library-collapsed')) return;
    set(true, false);
    const path = (e as CustomEvent<string>).detail;
    announce(`Opened ${path}. The library is folded away to give the preview room: “» Library” brings it back.`);
  });
}
