import { announce } from '../dom.js';
import type { DeckItem } from '../draft.js';
import { itemLabel, type Store } from '../state.js';
import { confirmAction } from './choice-dialog.js';

/** Why adding `item` would repeat something the deck already shows, or undefined. */
export function duplicateOf(items: readonly DeckItem[], item: DeckItem): string | undefined {
  if (items.some((i) => i.kind === 'topic' && i.topic === item.topic))
    return item.kind === 'topic' ? 'This topic is already in the deck.' : 'The deck already shows this whole topic, including this slide.';
  if (item.kind === 'slide' && items.some((i) => i.kind === 'slide' && i.topic === item.topic && String(i.slide) === String(item.slide)))
    return 'This slide is already in the deck.';
  if (item.kind === 'topic' && items.some((i) => i.kind === 'slide' && i.topic === item.topic))
    return 'Some slides of this topic are already in the deck; adding the whole topic shows them twice.';
  return undefined;
}

/** Add a topic or slide at the end (or at `at`), asking first in the app's own dialog when it would be shown twice. */
export async function addItem(store: Store, item: DeckItem, at?: number): Promise<boolean> {
  const items = store.get().draft.items;
  const label = itemLabel(item, store.get().library).title;
  const dup = duplicateOf(items, item);
  if (dup && !(await confirmAction('Already in your deck', `${dup} Add “${label}” again?`, 'Add it again', 'Don’t add'))) {
    announce(`Not added: “${label}” is already in the deck.`);
    return false;
  }
  const next = [...items];
  next.splice(at ?? next.length, 0, item);
  store.setItems(next);
  announce(`Added “${label}” to the deck.`);
  return true;
}
