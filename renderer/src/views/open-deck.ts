import { openDeck } from '../actions.js';
import { byId, h, replaceChildren } from '../dom.js';
import type { Store } from '../state.js';

/** The "Open deck" dialog: the decks of the open library and recently used decks. */
export function mountOpenDeck(store: Store): () => void {
  const dialog = byId<HTMLDialogElement>('open-dialog');
  byId('open-cancel').addEventListener('click', () => dialog.close());
  const pick = async (path: string, root?: string) => {
    dialog.close();
    await openDeck(store, path, root);
  };
  return () => {
    const { library, recent } = store.get();
    const decks = library?.decks ?? [];
    replaceChildren(
      byId('open-library-decks'),
      decks.length
        ? decks.map((d) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'list-button', onclick: () => void pick(d.path) },
                h('strong', {}, d.title),
                h('span', { class: 'item-detail' }, `${d.path} · ${d.audience}`),
              ),
            ),
          )
        : h('li', { class: 'hint' }, 'This library has no deck files yet.'),
    );
    replaceChildren(
      byId('open-recent-decks'),
      recent.length
        ? recent.map((r) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'list-button', onclick: () => void pick(r.path, r.root) },
                h('strong', {}, r.title),
                h('span', { class: 'item-detail' }, `${r.path} · ${r.root} · ${new Date(r.openedAt).toLocaleString()}`),
              ),
            ),
          )
        : h('li', { class: 'hint' }, 'No recent decks yet.'),
    );
    dialog.showModal();
  };
}
