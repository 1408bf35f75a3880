import type { TopicSummary } from '../../../contract/ipc-contract.js';
import { customizeLibrary, openFolder } from '../actions.js';
import { byId, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';
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
    if (s.library !== prev.library || s.filters !== prev.filters) renderTopics(store, s, open, openEditor);
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
  const title = await askText({
    title: 'New topic',
    label: 'Topic title',
    description: 'A new topic file is made in topics/ with one example slide; edit it in the editor.',
    okLabel: 'Create',
  });
  if (!title) return;
  const id =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'new-topic';
  const created = await store.api['topic:create']({ id, title });
  if (created.ok) openEditor(created.value.path, 1, 'form');
  else window.alert(created.diagnostics.map((d) => d.message).join('\n'));
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

/** Topics that pass the search box and the filters. */
export function filterTopics(topics: TopicSummary[], f: AppState['filters']): TopicSummary[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return topics.filter((t) => {
    if (f.category && t.category !== f.category) return false;
    if (f.audience && !t.audiences.includes(f.audience)) return false;
    const hay = [t.title, t.summary, t.id, t.category, ...t.tags, ...t.slides.map((s) => s.title)].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

function renderTopics(store: Store, s: AppState, open: Set<string>, openEditor: OpenEditor): void {
  const lib = s.library;
  if (!lib) return;
  const topics = filterTopics(lib.topics, s.filters);
  byId('topic-count').textContent = `${topics.length} of ${lib.topics.length} topics`;
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
    topics.map((t) => topicCard(store, t, open, openEditor)),
    broken,
  );
}

function topicCard(store: Store, t: TopicSummary, open: Set<string>, openEditor: OpenEditor): HTMLElement {
  const add = () => {
    store.setItems([...store.get().draft.items, { kind: 'topic', topic: t.id }]);
    document.getElementById('status')!.textContent = `Added “${t.title}” to the deck.`;
  };
  const slides = h(
    'details',
    { open: open.has(t.id), ontoggle: (e: Event) => ((e.target as HTMLDetailsElement).open ? open.add(t.id) : open.delete(t.id)) },
    h('summary', {}, `Slides (${t.slides.length})`),
    h(
      'ol',
      { class: 'slide-picks' },
      t.slides.map((sl, k) =>
        h(
          'li',
          {},
          h('span', {}, `${k + 1}. ${sl.title}`, sl.audience !== 'both' ? h('span', { class: 'badge subtle' }, sl.audience) : null),
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': `Add slide “${sl.title}”`,
              onclick: () => store.setItems([...store.get().draft.items, { kind: 'slide', topic: t.id, slide: sl.id }]),
            },
            'Add',
          ),
        ),
      ),
    ),
  );
  const card = h(
    'li',
    { class: 'topic-card', draggable: 'true', 'data-topic': t.id },
    h('h3', {}, t.title),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: `badge cat-${t.category}` }, labelOf(t.category)),
      ` ${t.audiences.map(labelOf).join(' & ')} · ${t.slides.length} slides`,
    ),
    h('p', { class: 'summary' }, t.summary),
    h(
      'div',
      { class: 'card-actions' },
      h('button', { type: 'button', class: 'primary small', 'aria-label': `Add topic “${t.title}”`, onclick: add }, 'Add topic'),
      h(
        'button',
        { type: 'button', class: 'small', 'aria-label': `Edit topic “${t.title}”`, onclick: () => openEditor(t.path, 1, 'form') },
        'Edit',
      ),
    ),
    slides,
  );
  card.addEventListener('dragstart', (e) => {
    e.dataTransfer?.setData('application/x-immunodeck-item', JSON.stringify({ kind: 'topic', topic: t.id }));
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'copy';
  });
  return card;
}

/** "side-effects" → "Side effects". */
export function labelOf(id: string): string {
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shortPath(p: string): string {
  return p.length > 42 ? `…${p.slice(-40)}` : p;
}
