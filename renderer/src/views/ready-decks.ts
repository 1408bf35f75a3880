import { fromFileDraft } from '../draft.js';
import { openDeck } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';

/**
 * "Start from a ready-made deck": while the deck is empty (first run, or after New deck), the
 * library opens with the decks the library ships, each one click from being presented or edited.
 */
export function mountReadyDecks(store: Store): void {
  store.subscribe((s, prev) => {
    if (s.library !== prev.library || s.draft.items.length !== prev.draft.items.length || s.deckPath !== prev.deckPath) render(store, s);
  });
}

function render(store: Store, s: AppState): void {
  const section = byId('ready-decks');
  const decks = s.library?.decks ?? [];
  section.hidden = s.draft.items.length > 0 || !!s.deckPath || decks.length === 0;
  if (section.hidden) return;
  replaceChildren(
    section,
    h('h3', { id: 'ready-heading' }, 'Start from a ready-made deck'),
    h('p', { class: 'hint' }, 'Open one, change what you need, then present or export it. Or build your own from the topics below.'),
    h(
      'ul',
      { class: 'ready-list', 'aria-labelledby': 'ready-heading' },
      decks.map((d) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'ready-deck', onclick: () => void openDeck(store, d.path) },
            h('span', { class: 'ready-title' }, d.title),
            h('span', { class: 'hint' }, d.audience === 'professional' ? 'For professionals' : 'For patients and families'),
          ),
        ),
      ),
    ),
  );
}

/** Deck files reload live like topics: the open deck follows its file unless it has unsaved changes. */
export async function followDeckFile(store: Store, paths: string[]): Promise<void> {
  const { deckPath, dirty } = store.get();
  if (!deckPath || !paths.some((p) => p.replace(/\\/g, '/').endsWith(deckPath))) return;
  if (dirty) return announce(`${deckPath} changed on disk. Saving will ask whether to keep your version or theirs.`, 'error');
  const opened = await store.api['deck:open']({ path: deckPath });
  if (!opened.ok) return;
  store.update({ draft: fromFileDraft(opened.value.draft), deckHash: opened.value.hash, dirty: false });
  announce(`${deckPath} changed on disk; the deck now shows the new version.`);
}
