import { byId, h, replaceChildren } from '../dom.js';
import type { Say } from '../i18n/console-text.js';
import { formatClock } from '../present/pace.js';
import { promptKey, summarizeTeachBack, type TeachBackPrompt } from '../present/teach-back.js';

/**
 * The console's teach-back list: every `Ask:` prompt of the talk with a tick box; the current
 * slide's prompts are marked "ask now" and scrolled into view so they are hard to forget.
 */
export class TeachBackPanel {
  private prompts: TeachBackPrompt[] = [];
  readonly asked = new Set<string>();

  /** `say` gives the console's words in the deck's language. */
  constructor(private readonly say: () => Say) {}

  /** Start a session with these prompts (no ticks). */
  reset(prompts: TeachBackPrompt[]): void {
    this.prompts = prompts;
    this.asked.clear();
  }

  /** Show the list with the prompts of slide `index` highlighted. */
  render(index: number): void {
    const list = byId('teach-back-list');
    const say = this.say();
    byId('teach-back-count').textContent = this.prompts.length
      ? say('console.askedCount', { asked: this.asked.size, total: this.prompts.length })
      : '';
    if (!this.prompts.length) {
      replaceChildren(list, h('li', { class: 'hint' }, say('console.noPrompts')));
      return;
    }
    replaceChildren(
      list,
      this.prompts.map((p, i) => this.item(p, i, index)),
    );
    list.querySelector('.now')?.scrollIntoView({ block: 'nearest' });
  }

  private item(p: TeachBackPrompt, i: number, index: number): HTMLElement {
    const key = promptKey(p);
    const box = h('input', { type: 'checkbox', id: `teach-${i}`, checked: this.asked.has(key) });
    box.addEventListener('change', () => {
      if (box.checked) this.asked.add(key);
      else this.asked.delete(key);
      this.render(index);
    });
    const now = p.slide === index;
    return h(
      'li',
      { class: `${now ? 'now' : ''}${this.asked.has(key) ? ' done' : ''}`.trim() || undefined },
      box,
      h(
        'label',
        { for: `teach-${i}` },
        now ? h('strong', {}, this.say()('console.askNow')) : this.say()('console.slidePrompt', { n: p.slide + 1 }),
        p.text,
      ),
    );
  }

  /** The end-of-session dialog: how long it took, which questions were asked and which were not. */
  showSummary(seconds: number): void {
    const { asked, missed } = summarizeTeachBack(this.prompts, this.asked);
    const say = this.say();
    const total = this.prompts.length;
    byId('summary-time').textContent = [
      say('summary.time', { time: formatClock(seconds) }),
      total ? say('summary.askedOf', { asked: asked.length, total }) : '',
    ].join(' ');
    const line = (p: TeachBackPrompt) => h('li', {}, say('console.slidePrompt', { n: p.slide + 1 }), p.text);
    replaceChildren(byId('summary-asked'), asked.length ? asked.map(line) : h('li', { class: 'hint' }, say('summary.none')));
    replaceChildren(byId('summary-missed'), missed.length ? missed.map(line) : h('li', { class: 'hint' }, say('summary.allAsked')));
    // A deck whose notes have no teach-back questions gets no empty "asked / not asked" lists.
    for (const id of ['summary-asked', 'summary-missed']) {
      byId(id).hidden = !total;
      (byId(id).previousElementSibling as HTMLElement).hidden = !total;
    }
    if (!total) byId('summary-time').append(' ', say('console.noPrompts'));
    const dialog = byId<HTMLDialogElement>('session-summary');
    dialog.showModal();
  }
}

/** Wire the summary dialog's close button once. */
export function mountSessionSummary(onClose: () => void): void {
  const dialog = byId<HTMLDialogElement>('session-summary');
  byId('summary-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', onClose);
}
