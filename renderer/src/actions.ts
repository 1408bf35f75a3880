import type { ApiResult, Diagnostic } from '../../contract/ipc-contract.js';
import { fromFileDraft, toFileDraft } from './draft.js';
import { announce } from './dom.js';
import { askText } from './views/ask-dialog.js';
import { askConflict, confirmAction } from './views/choice-dialog.js';
import { emptyDraft, toKebab, type Store } from './state.js';

/** One line for a failed call: the first problem, with where it is. */
export function describeProblems(diagnostics: Diagnostic[]): string {
  const first = diagnostics[0];
  if (!first) return 'Something went wrong.';
  const where = first.location ? `${first.location.file}${first.location.line ? `:${first.location.line}` : ''}: ` : '';
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
  return `${where}${first.message}${first.hint ? ` — ${first.hint}` : ''}${more}`;
}

/** Unwrap a result, announcing its problems on failure. */
export function expectOk<T>(result: ApiResult<T>): T | undefined {
  if (result.ok) return result.value;
  announce(describeProblems(result.diagnostics), 'error');
  return undefined;
}

/** Ask (in the app's own dialog) before throwing away unsaved deck changes. */
export async function confirmDiscard(store: Store, what = 'continue'): Promise<boolean> {
  if (!store.get().dirty) return true;
  return confirmAction(
    'Unsaved changes',
    `Your deck has changes that are not saved. Discard them and ${what}?`,
    'Discard changes',
    'Keep editing',
  );
}

/** Load the library listing (after opening a folder or when files changed). */
export async function refreshLibrary(store: Store): Promise<void> {
  const library = expectOk(await store.api['library:list']({}));
  if (library) store.update({ library });
}

/** Load the recent-decks list. */
export async function refreshRecent(store: Store): Promise<void> {
  const recent = expectOk(await store.api['recent:list']({}));
  if (recent) store.update({ recent });
}

/** Start a new, empty deck. */
export async function newDeck(store: Store): Promise<void> {
  if (!(await confirmDiscard(store, 'start a new deck'))) return;
  store.resetHistory();
  store.update({ draft: emptyDraft(), deckPath: undefined, deckHash: undefined, dirty: false });
  announce('New deck. Add topics from the library.');
}

/** The document event after a deck was opened (detail: its path); small screens fold the library then. */
export const DECK_OPENED = 'immunodeck:deck-opened';

/** Open a deck file of the open library (or of another folder, for recent decks). */
export async function openDeck(store: Store, path: string, root?: string): Promise<boolean> {
  if (!(await confirmDiscard(store, 'open another deck'))) return false;
  if (root && root !== store.get().library?.root && !(await openFolder(store, root, false))) return false;
  const opened = expectOk(await store.api['deck:open']({ path }));
  if (!opened) return false;
  store.resetHistory();
  store.update({ draft: fromFileDraft(opened.draft), deckPath: opened.path, deckHash: opened.hash, dirty: false });
  announce(`Opened ${opened.path}.`);
  document.dispatchEvent(new CustomEvent(DECK_OPENED, { detail: opened.path }));
  await refreshRecent(store);
  return true;
}

/** Save the deck as decks/<id>.yaml; a new deck gets its id from its title. A file changed on disk asks first. */
export async function saveDeck(store: Store, overwrite = false, asId?: string): Promise<boolean> {
  const { draft, deckPath, deckHash, library } = store.get();
  let id = asId ?? draft.id;
  const isNew = !deckPath || asId !== undefined;
  if (isNew) {
    id = asId ?? toKebab(draft.title);
    const exists = library?.decks.some((d) => d.id === id);
    if (
      exists &&
      !(await confirmAction('Replace the deck file?', `A deck file decks/${id}.yaml already exists. Replace it?`, 'Replace it'))
    )
      return false;
  }
  if (library?.builtin) return saveIntoOwnCopy(store);
  const saved = await store.api['deck:save']({ draft: toFileDraft({ ...draft, id }), ...(isNew ? {} : { baseHash: deckHash }), overwrite });
  if (!saved.ok) {
    if (saved.diagnostics.some((d) => d.code === 'CONFLICT')) return resolveDeckConflict(store);
    announce(describeProblems(saved.diagnostics), 'error');
    return false;
  }
  store.update({ draft: { ...draft, id }, deckPath: saved.value.path, deckHash: saved.value.hash, dirty: false });
  announce(`Saved ${saved.value.path}.`);
  await Promise.all([refreshRecent(store), refreshLibrary(store)]);
  return true;
}

/** The deck file changed on disk since it was opened: reload it, overwrite it, or save this deck under another name. */
async function resolveDeckConflict(store: Store): Promise<boolean> {
  const path = store.get().deckPath ?? 'The deck file';
  const choice = await askConflict(path, true);
  if (choice === 'overwrite') return saveDeck(store, true);
  if (choice === 'reload') {
    store.update({ dirty: false });
    return openDeck(store, path);
  }
  if (choice === 'save-as') {
    const title = await askText({
      title: 'Save the deck as',
      label: 'New deck title',
      value: `${store.get().draft.title} (copy)`,
      okLabel: 'Save',
    });
    if (!title) return false;
    store.editDraft((d) => ({ ...d, title }));
    return saveDeck(store, false, toKebab(title));
  }
  announce('Not saved: the deck file changed on disk.', 'error');
  return false;
}

/** The built-in library is read-only: offer to make the user's own copy, then save there. */
async function saveIntoOwnCopy(store: Store): Promise<boolean> {
  const target = store.get().info?.defaultCustomRoot;
  const question = `The built-in library cannot be changed. Make your own copy of it in ${target} and save the deck there?`;
  if (!target || !(await confirmAction('Make your own library?', question, 'Make my copy and save'))) {
    announce('Not saved: the built-in library is read-only. Use "Customize library…" to make your own copy.', 'error');
    return false;
  }
  return (await customizeLibrary(store, target)) && saveDeck(store);
}

/** Open another content folder. */
export async function openFolder(store: Store, path: string | undefined, ask = true): Promise<boolean> {
  if (ask && !(await confirmDiscard(store, 'open another library'))) return false;
  const opened = expectOk(await store.api['library:open'](path ? { path } : {}));
  if (!opened) return false;
  await refreshLibrary(store);
  announce(`Opened the library ${opened.builtin ? '(built-in, read-only)' : opened.root}.`);
  return true;
}

/** Copy the built-in library to a folder of the user's and open the copy. */
export async function customizeLibrary(store: Store, target: string): Promise<boolean> {
  const done = expectOk(await store.api['library:customize']({ target }));
  if (!done) return false;
  await refreshLibrary(store);
  announce(done.copied ? `Copied the library to ${done.root}. Your edits go there.` : `Opened your existing library at ${done.root}.`);
  return true;
}
