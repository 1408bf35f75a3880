import type { TopicSummary } from '../../../contract/ipc-contract.js';
import { h } from '../dom.js';
import { matchingSlides, slidesFor } from '../search.js';
import type { Store } from '../state.js';
import { addItem } from './add-items.js';
import type { OpenEditor } from './library.js';
import { peekSlide } from './slide-peek.js';

/** "side-effects" → "Side effects". */
export function labelOf(id: string): string {
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A topic in the library: title, category, how many slides the deck's audience will see, summary,
 * Add and Edit, and its slides (each can be previewed or added alone). Slides that match the
 * search are marked, and the list opens to show them.
 */
export function topicCard(store: Store, t: TopicSummary, open: Set<string>, openEditor: OpenEditor, search: string): HTMLElement {
  const audience = store.get().draft.audience;
  const shown = slidesFor(t, audience);
  const hits = new Set(matchingSlides(t, search));
  const slides = h(
    'details',
    {
      open: open.has(t.id) || hits.size > 0,
      ontoggle: (e: Event) => ((e.target as HTMLDetailsElement).open ? open.add(t.id) : open.delete(t.id)),
    },
    h('summary', {}, `Slides (${t.slides.length})`),
    h(
      'ol',
      { class: 'slide-picks' },
      t.slides.map((sl, k) =>
        h(
          'li',
          { class: hits.has(k) ? 'hit' : undefined },
          h('span', {}, `${k + 1}. ${sl.title}`, sl.audience !== 'both' ? h('span', { class: 'badge subtle' }, sl.audience) : null),
          h(
            'span',
            { class: 'pick-buttons' },
            h(
              'button',
              { type: 'button', class: 'small', 'aria-label': `Preview slide “${sl.title}”`, onclick: () => void peekSlide(store, t, k) },
              'Preview',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'small',
                'aria-label': `Add slide “${sl.title}”`,
                onclick: () => void addItem(store, { kind: 'slide', topic: t.id, slide: sl.id }),
              },
              'Add',
            ),
          ),
        ),
      ),
    ),
  );
  const overrides = t.origin !== 'builtin' && (store.get().library?.builtinTopics ?? []).some((b) => b.id === `builtin:${t.id}`);
  const card = h(
    'li',
    { class: 'topic-card', draggable: 'true', 'data-topic': t.id },
    h('h3', {}, t.title),
    h(
      'p',
      { class: 'meta' },
      t.origin === 'builtin'
        ? h('span', { class: 'badge origin-builtin', title: 'From the built-in library (read-only)' }, 'Built-in')
        : null,
      overrides
        ? h(
            'span',
            { class: 'badge origin-override', title: `Your topics/${t.id}.yaml is used instead of the built-in topic of this name` },
            'Replaces built-in',
          )
        : null,
      h('span', { class: `badge cat-${t.category}` }, labelOf(t.category)),
      ` ${t.audiences.map(labelOf).join(' & ')} · `,
      h(
        'span',
        { class: 'slide-count' },
        `${shown} ${shown === 1 ? 'slide' : 'slides'} for ${audience === 'patient' ? 'patients' : 'professionals'}`,
      ),
    ),
    h('p', { class: 'summary' }, t.summary),
    h(
      'div',
      { class: 'card-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary small',
          'aria-label': `Add topic “${t.title}”`,
          onclick: () => void addItem(store, { kind: 'topic', topic: t.id }),
        },
        'Add topic',
      ),
      // A built-in topic seen from her folder has no file here to edit (its path is `builtin:…`).
      t.origin === 'builtin'
        ? null
        : h(
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
