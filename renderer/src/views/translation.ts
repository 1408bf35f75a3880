import type { Diagnostic } from '../../../contract/ipc-contract.js';
import { LANGUAGE_NAMES, type Language } from '../../../core/options.js';
import { toFileDraft, type DeckDraft } from '../draft.js';
import { byId, debounce, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';

/** How long edits must pause before the English preview is rebuilt. */
const REFRESH_MS = 400;

/** The deck's language when it is not English (`es` for `es-MX`), else undefined. */
export function otherLanguage(draft: Pick<DeckDraft, 'language'>): Language | undefined {
  const base = (draft.language ?? 'en').slice(0, 2);
  return base !== 'en' && base in LANGUAGE_NAMES ? (base as Language) : undefined;
}

/** Slide keys (topic#slide) the preview's problems say lack wording in the deck's language. */
export function untranslatedSlides(diagnostics: readonly Diagnostic[]): string[] {
  const keys = diagnostics.filter((d) => d.code === 'TRANSLATION').map((d) => /slide (\S+#\S+)/.exec(d.message)?.[1]);
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

/**
 * For a deck in another language than English: which slides lack wording in it (the preview shows
 * them in English, marked, and its warnings name them), and the same deck in English in a second
 * frame beside the preview, to compare the two languages side by side.
 */
export class TranslationView {
  private readonly panel = h('section', { class: 'translation', 'aria-label': 'Translation', hidden: true });
  private readonly status = h('p', { class: 'translation-status', role: 'status' });
  private readonly list = h('ul', { class: 'translation-missing' });
  private readonly toggle = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Compare with English');
  private readonly frame = h('iframe', { title: 'Deck preview in English', hidden: true });
  private readonly wrap = h('div', { class: 'preview-wrap preview-wrap-en', 'data-state': 'empty', hidden: true }, this.frame);
  private comparing = false;
  private generation = 0;
  private readonly refresh = debounce((draft: DeckDraft) => void this.buildEnglish(draft), REFRESH_MS);

  constructor(private readonly store: Store) {
    const main = byId('preview-wrap');
    // The two previews sit side by side in one grid; the English one only while comparing.
    const grid = h('div', { class: 'preview-compare' });
    main.replaceWith(grid);
    grid.append(main, this.wrap);
    this.panel.append(this.status, this.list, this.toggle);
    grid.after(this.panel);
    this.toggle.addEventListener('click', () => this.setComparing(!this.comparing));
    store.subscribe((s, prev) => {
      if (s.preview !== prev.preview || s.draft.language !== prev.draft.language) this.render(s);
      if (this.comparing && (s.draft !== prev.draft || s.library !== prev.library)) this.refresh(s.draft);
    });
  }

  private render(s: AppState): void {
    const language = otherLanguage(s.draft);
    this.panel.hidden = !language;
    if (!language) return this.setComparing(false);
    const name = LANGUAGE_NAMES[language].english;
    const missing = untranslatedSlides(s.preview.diagnostics);
    this.status.textContent = missing.length
      ? `${missing.length} slide${missing.length === 1 ? ' has' : 's have'} no ${name} wording yet. The preview shows ${missing.length === 1 ? 'it' : 'them'} in English, marked; export fails until ${missing.length === 1 ? 'it is' : 'they are'} translated.`
      : `Every slide has ${name} wording.`;
    this.status.dataset['state'] = missing.length ? 'missing' : 'ok';
    replaceChildren(
      this.list,
      missing.map((key) => h('li', {}, key)),
    );
  }

  private setComparing(on: boolean): void {
    this.comparing = on;
    this.toggle.setAttribute('aria-pressed', String(on));
    this.toggle.textContent = on ? 'Hide English' : 'Compare with English';
    this.wrap.hidden = !on;
    this.wrap.parentElement?.classList.toggle('comparing', on);
    if (on) this.refresh(this.store.get().draft);
  }

  private async buildEnglish(draft: DeckDraft): Promise<void> {
    const mine = ++this.generation;
    if (!this.comparing || draft.items.length === 0) return;
    this.wrap.dataset['state'] = 'busy';
    const result = await this.store.api['deck:preview']({ draft: toFileDraft({ ...draft, language: undefined }) });
    if (mine !== this.generation) return;
    this.wrap.dataset['state'] = result.ok ? 'ready' : 'error';
    if (!result.ok) return;
    this.frame.src = new URL(result.value.url, window.location.href).href;
    this.frame.hidden = false;
  }
}
