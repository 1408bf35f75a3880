import type { ApiResult, Diagnostic } from '../../contract/ipc-contract.js';
import { fromFileDraft, toFileDraft } from './draft.js';
import { announce } from './dom.js';
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

/** Ask before throwing away unsaved deck changes. */
export function confirmDiscard(store: Store, what = 'continue'): boolean {
  if (!store.get().dirty) return true;
  return window.confirm(`Your deck has changes that are not saved. Discard them and ${what}?`);
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
export function newDeck(store: Store): void {
  if (!confirmDiscard(store, 'start a new deck')) return;
  store.update({ draft: emptyDraft(), deckPath: undefined, dirty: false });
  announce('New deck. Add topics from the library.');
}

/** Open a deck file of the open library (or of another folder, for recent decks). */
export async function openDeck(store: Store, path: string, root?: string): Promise<boolean> {
  if (!confirmDiscard(store, 'open another deck')) return false;
  if (root && root !== store.get().library?.root && !(await openFolder(store, root, false))) return false;
  const opened = expectOk(await store.api['deck:open']({ path }));
  if (!opened) return false;
  store.update({ draft: fromFileDraft(opened.draft), deckPath: opened.path, dirty: false });
  announce(`Opened ${opened.path}.`);
  await refreshRecent(store);
  return true;
}

/** Save the deck as decks/<id>.yaml; a new deck gets its id from its title. */
export async function saveDeck(store: Store): Promise<boolean> {
  const { draft, deckPath, library } = store.get();
  let id = draft.id;
  if (!deckPath) {
    id = toKebab(draft.title);
    const exists = library?.decks.some((d) => d.id === id);
    if (exists && !window.confirm(`A deck file decks/${id}.yaml already exists. Replace it?`)) return false;
  }
  if (library?.builtin) return saveIntoOwnCopy(store);
  const saved = await store.api['deck:save']({ draft: toFileDraft({ ...draft, id }) });
  if (!saved.ok) {
    announce(describeProblems(saved.diagnostics), 'error');
    return false;
  }
  store.update({ draft: { ...draft, id }, deckPath: saved.value.path, dirty: false });
  announce(`Saved ${saved.value.path}.`);
  await Promise.all([refreshRecent(store), refreshLibrary(store)]);
  return true;
}

/** The built-in library is read-only: offer to make the user's own copy, then save there. */
async function saveIntoOwnCopy(store: Store): Promise<boolean> {
  const target = store.get().info?.defaultCustomRoot;
  const question = `The built-in library cannot be changed. Make your own copy of it in ${target} and save the deck there?`;
  if (!target || !window.confirm(question)) {
    announce('Not saved: the built-in library is read-only. Use "Customize library…" to make your own copy.', 'error');
    return false;
  }
  return (await customizeLibrary(store, target)) && saveDeck(store);
}

/** Open another content folder. */
export async function openFolder(store: Store, path: string | undefined, ask = true): Promise<boolean> {
  if (ask && !confirmDiscard(store, 'open another library')) return false;
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
