import type { TopicSummary } from '../../../contract/ipc-contract.js';
import { expectOk } from '../actions.js';
import { h } from '../dom.js';
import { toFileDraft } from '../draft.js';
import type { Store } from '../state.js';
import { addItem } from './add-items.js';

/**
 * Look at one library slide before adding it: a dialog with the slide rendered for the deck's
 * audience and theme, and an "Add to deck" button.
 */
export async function peekSlide(store: Store, topic: TopicSummary, slideIndex: number): Promise<void> {
  const slide = topic.slides[slideIndex]!;
  const { draft } = store.get();
  const item = { kind: 'slide' as const, topic: topic.id, slide: slide.id };
  const built = expectOk(
    await store.api['deck:preview']({
      draft: toFileDraft({ ...draft, id: 'slide-preview', title: topic.title, items: [item] }),
      withoutNotes: true,
    }),
  );
  if (!built) return;
  const frame = h('iframe', { title: `Preview of “${slide.title}”`, tabindex: '-1' });
  // The deck opens with its title slide; show the picked one.
  const at = built.slides.findIndex((s) => s.title === slide.title);
  frame.src = `${new URL(built.url, window.location.href).href}#/${at >= 0 ? at : 1}`;
  const dialog = h(
    'dialog',
    { class: 'peek-dialog', 'aria-labelledby': 'peek-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'peek-title' }, slide.title),
      h(
        'p',
        { class: 'hint' },
        `From “${topic.title}” · as your ${draft.audience === 'patient' ? 'patients' : 'professional'} audience will see it`,
      ),
      h('div', { class: 'frame-box peek-frame' }, frame),
      slide.notes ? h('p', { class: 'peek-notes' }, h('strong', {}, 'Notes: '), slide.notes) : null,
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'submit', value: 'close' }, 'Close'),
        h('button', { type: 'submit', value: 'add', class: 'primary' }, 'Add to deck'),
      ),
    ),
  );
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'add') void addItem(store, item);
    dialog.remove();
  });
  dialog.showModal();
}
