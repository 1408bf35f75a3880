import type { DeckDraft } from '../draft.js';
import { toFileDraft } from '../draft.js';
import { byId, debounce } from '../dom.js';
import type { Store } from '../state.js';
import { parseRevealMessage } from './reveal-message.js';

export { parseRevealMessage, type RevealMessage } from './reveal-message.js';

/** How long edits must pause before the preview is rebuilt. */
const REFRESH_MS = 250;

/**
 * The live preview: rebuilds the deck (debounced) whenever the draft or the library changes, and
 * reloads the frame at the slide that was showing. A deck that does not build keeps the last
 * good preview and says why (the problems panel lists the details).
 */
export class PreviewView {
  private readonly frame = byId<HTMLIFrameElement>('preview-frame');
  private readonly wrap = byId('preview-wrap');
  private readonly note = byId('preview-note');
  private slide = { h: 0, v: 0 };
  private generation = 0;
  private readonly refresh = debounce((draft: DeckDraft) => void this.build(draft), REFRESH_MS);

  constructor(private readonly store: Store) {
    window.addEventListener('message', (e) => {
      if (e.source !== this.frame.contentWindow) return;
      const msg = parseRevealMessage(e.data);
      if (msg?.state && (msg.eventName === 'slidechanged' || msg.eventName === 'ready'))
        this.slide = { h: msg.state.indexh, v: msg.state.indexv };
    });
    store.subscribe((s, prev) => {
      if (s.draft === prev.draft && s.library === prev.library) return;
      if (s.draft.id !== prev.draft.id || !prev.draft.items.length) this.slide = { h: 0, v: 0 };
      this.refresh(s.draft);
    });
  }

  private async build(draft: DeckDraft): Promise<void> {
    const mine = ++this.generation;
    if (draft.items.length === 0) {
      this.store.update({ preview: { slides: [], diagnostics: [], busy: false } });
      this.show('empty', 'Add topics or slides from the library to see your deck here.');
      return;
    }
    this.wrap.dataset['state'] = 'busy';
    // The first build of a deck can take a second or two: say so rather than "add topics".
    if (!this.frame.getAttribute('src')) this.note.textContent = 'Building the preview…';
    const result = await this.store.api['deck:preview']({ draft: toFileDraft(draft) });
    if (mine !== this.generation) return;
    if (!result.ok) {
      this.store.update({ preview: { ...this.store.get().preview, diagnostics: result.diagnostics, busy: false } });
      const n = result.diagnostics.length;
      this.show('error', `The preview is not up to date: the deck has ${n === 1 ? 'a problem' : `${n} problems`} (see Problems below).`);
      return;
    }
    this.store.update({ preview: { url: result.value.url, slides: result.value.slides, diagnostics: result.warnings ?? [], busy: false } });
    const url = new URL(result.value.url, window.location.href);
    url.hash = `/${this.slide.h}/${this.slide.v}`;
    this.frame.src = url.href;
    this.frame.dataset['previewUrl'] = result.value.url;
    this.show('ready', '');
  }

  private show(state: 'empty' | 'error' | 'ready', note: string): void {
    this.wrap.dataset['state'] = state;
    this.frame.hidden = state === 'empty' || !this.frame.getAttribute('src');
    this.note.textContent = note;
  }
}
