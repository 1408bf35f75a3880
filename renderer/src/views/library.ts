import { askNewTopic } from './new-topic-dialog.js';
import type { TopicSummary } from '../../../contract/ipc-contract.js';
import { customizeLibrary, describeProblems, openFolder } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import { queryMatcher, topicHaystack } from '../search.js';
import { libraryTopics, toKebab, type AppState, type Store } from '../state.js';
import { labelOf, topicCard } from './topic-card.js';

export { labelOf } from './topic-card.js';
import { askText } from './ask-dialog.js';

/** Opens the topic editor (set by main.ts). */
export type OpenEditor = (path: string, line?: number, mode?: 'form' | 'yaml') => void;

/** The library bar (which folder is open) and the topic browser with search and filters. */
export function mountLibrary(store: Store, openEditor: OpenEditor): void {
  const search = byId<HTMLInputElement>('topic-search');
  const category = byId<HTMLSelectElement>('filter-category');
  const audience = byId<HTMLSelectElement>('filter-audience');
  const setFilters = () => store.update({ filters: { search: search.value, category: category.value, audience: audience.value } });
  search.addEventListener('input', setFilters);
  category.addEventListener('change', setFilters);
  audience.addEventListener('change', setFilters);
  byId('new-topic').addEventListener('click', () => void createTopic(store, openEditor));
  const open = new Set<string>();
  store.subscribe((s, prev) => {
    if (s.library !== prev.library) {
      renderLibraryBar(store, s);
      renderCategories(category, s);
    }
    if (s.library !== prev.library || s.filters !== prev.filters || s.draft.audience !== prev.draft.audience)
      renderTopics(store, s, open, openEditor);
  });
}

function renderLibraryBar(store: Store, s: AppState): void {
  const lib = s.library;
  if (!lib) return;
  const where = lib.builtin
    ? h('span', {}, h('strong', {}, 'Built-in library'), ' (read-only)')
    : h('span', { title: lib.root }, h('strong', {}, 'My library: '), shortPath(lib.root));
  const customize = h('button', { type: 'button', id: 'customize-library', onclick: () => void askCustomize(store) }, 'Customize library…');
  const change = h('button', { type: 'button', id: 'open-folder', onclick: () => void askFolder(store) }, 'Open folder…');
  const builtin = h('button', { type: 'button', onclick: () => void openFolder(store, undefined) }, 'Built-in library');
  replaceChildren(byId('library-bar'), h('span', { class: 'library-where' }, where), lib.builtin ? customize : builtin, change);
  byId('new-topic').hidden = lib.builtin;
}

async function askCustomize(store: Store): Promise<void> {
  const target = await askText({
    title: 'Customize the library',
    label: 'Folder for your copy',
    value: store.get().info?.defaultCustomRoot ?? '',
    description:
      'ImmunoDeck copies the built-in topics to this folder. You can then edit them and add your own; the built-in files are never changed. If the folder already holds your copy, it is opened as it is.',
    okLabel: 'Copy and open',
  });
  if (target) await customizeLibrary(store, target);
}

async function askFolder(store: Store): Promise<void> {
  const path = await askText({
    title: 'Open a content folder',
    label: 'Folder (it holds topics/ and decks/)',
    value: store.get().library?.root ?? '',
    okLabel: 'Open',
  });
  if (path) await openFolder(store, path);
}

async function createTopic(store: Store, openEditor: OpenEditor): Promise<void> {
  const choice = await askNewTopic();
  if (!choice) return;
  const id = toKebab(choice.title);
  const created = await store.api['topic:create']({ id, title: choice.title, template: choice.template });
  if (!created.ok) return announce(describeProblems(created.diagnostics), 'error');
  announce(`Made topics/${id}.yaml. Change its wording here, then add it to your deck.`);
  openEditor(created.value.path, 1, 'form');
}

function renderCategories(select: HTMLSelectElement, s: AppState): void {
  const current = select.value;
  const cats = s.library?.categories ?? [];
  replaceChildren(
    select,
    h('option', { value: '' }, 'All categories'),
    cats.map((c) => h('option', { value: c }, labelOf(c))),
  );
  select.value = cats.includes(current) ? current : '';
}

/** Topics that pass the search box (titles, summaries, slide text and notes, forgiving) and the filters. */
export function filterTopics(topics: TopicSummary[], f: AppState['filters']): TopicSummary[] {
  const match = queryMatcher(f.search);
  const found = topics.filter((t) => {
    if (f.category && t.category !== f.category) return false;
    if (f.audience && !t.audiences.includes(f.audience)) return false;
    return match(topicHaystack(t));
  });
  // Topics whose title or summary matches come before those found only in slides or notes.
  const head = (t: TopicSummary) => (match(`${t.title} ${t.summary} ${t.tags.join(' ')}`) ? 0 : 1);
  return f.search ? [...found].sort((a, b) => head(a) - head(b)) : found;
}

function renderTopics(store: Store, s: AppState, open: Set<string>, openEditor: OpenEditor): void {
  const lib = s.library;
  if (!lib) return;
  // Her own topics first, then the built-in ones a deck of her folder may name (marked on the card).
  const all = libraryTopics(lib);
  const topics = filterTopics(all, s.filters);
  byId('topic-count').textContent = `${topics.length} of ${all.length} topics`;
  const nothing =
    topics.length === 0 && all.length > 0
      ? h(
          'li',
          { class: 'empty nothing-matches' },
          s.filters.search ? `Nothing matches “${s.filters.search}”. ` : 'No topic matches these filters. ',
          'Try fewer or shorter words, or clear the filters.',
        )
      : all.length === 0
        ? h('li', { class: 'empty' }, 'This library has no topics yet. Use “New topic…” to write one, or open the built-in library.')
        : null;
  const broken = lib.broken.map((b) =>
    h(
      'li',
      { class: 'topic-card broken' },
      h('h3', {}, b.id),
      h('p', { class: 'meta' }, '⚠ This topic file has errors and cannot be used until they are fixed.'),
      h('button', { type: 'button', onclick: () => openEditor(b.path) }, `Fix ${b.path}`),
    ),
  );
  replaceChildren(
    byId('topic-list'),
    nothing,
    topics.map((t) => topicCard(store, t, open, openEditor, s.filters.search)),
    broken,
  );
}

function shortPath(p: string): string {
  return p.length > 42 ? `…${p.slice(-40)}` : p;
}
