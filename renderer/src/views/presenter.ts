import type { PreviewSlide } from '../../../contract/ipc-contract.js';
import { expectOk } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import { toFileDraft } from '../draft.js';
import { consoleText, relabel, type Say } from '../i18n/console-text.js';
import { openLink, type AudienceMessage, type Blank, type ConsoleMessage, type PresentLink } from '../present/channel.js';
import { commandFor, jumpTarget, type PresentCommand } from '../present/keys.js';
import { notesWithoutPrompts, teachBackPrompts } from '../present/teach-back.js';
import type { Store } from '../state.js';
import { PresenterClock } from './presenter-clock.js';
import { mountSessionSummary, TeachBackPanel } from './teach-back-panel.js';

export { formatClock } from '../present/pace.js';

/** Name of the audience window, so a second "open" reuses it. */
const AUDIENCE_WINDOW = 'immunodeck-audience';

/**
 * Presenting on two screens. The console (this view, on the presenter's screen) shows the current
 * slide, the next slide, the notes, the teach-back questions, a clock and the pace. The audience
 * window (audience.html, on the projector) shows only the slides: it gets a page rendered without
 * notes and follows the console over a BroadcastChannel. With one screen, "Show audience view
 * here" turns this window into the audience view.
 */
export class Presenter {
  private readonly root = byId('presenter');
  private readonly frame = byId<HTMLIFrameElement>('presenter-frame');
  private readonly nextFrame = byId<HTMLIFrameElement>('presenter-next-frame');
  /** The console's words, in the deck's language (set when a session starts). */
  private say: Say = consoleText('en');
  private readonly clock = new PresenterClock(
    () => ({ index: this.index, count: this.slides.length }),
    () => this.say,
  );
  private readonly teachBack = new TeachBackPanel(() => this.say);
  private link: PresentLink<ConsoleMessage> | undefined;
  private slides: PreviewSlide[] = [];
  private url = '';
  private index = 0;
  private blank: Blank = 'none';
  private typed = '';

  constructor(private readonly store: Store) {
    byId('presenter-prev').addEventListener('click', () => this.go(this.index - 1));
    byId('presenter-next-button').addEventListener('click', () => this.go(this.index + 1));
    byId('presenter-exit').addEventListener('click', () => this.exit());
    byId('presenter-black').addEventListener('click', () => this.setBlank('black'));
    byId('presenter-white').addEventListener('click', () => this.setBlank('white'));
    byId('presenter-open-audience').addEventListener('click', () => this.openAudience());
    byId('presenter-mirror').addEventListener('click', () => this.mirror(!this.root.classList.contains('mirror')));
    byId('presenter-unmirror').addEventListener('click', () => this.mirror(false));
    byId<HTMLSelectElement>('presenter-jump').addEventListener('change', (e) => this.go(Number((e.target as HTMLSelectElement).value)));
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    for (const f of [this.frame, this.nextFrame]) f.addEventListener('load', () => this.syncFrames());
    mountSessionSummary(() => byId('present-deck').focus());
  }

  /** Start presenting the deck from the first slide, and open the audience window. */
  async open(): Promise<void> {
    const { draft } = this.store.get();
    if (!draft.items.length) return announce('Add topics to the deck first: there is nothing to present yet.', 'error');
    // Open the window while the click still counts as a user gesture; it waits for the deck.
    const popup = this.openAudience();
    const built = expectOk(await this.store.api['deck:preview']({ draft: toFileDraft(draft), withoutNotes: true }));
    if (!built) return;
    this.speak(draft.language);
    this.url = new URL(built.url, window.location.href).href;
    this.slides = built.slides;
    this.index = 0;
    this.blank = 'none';
    this.teachBack.reset(teachBackPrompts(this.slides));
    this.fillJump();
    this.frame.src = `${this.url}#/0`;
    this.nextFrame.src = `${this.url}#/1`;
    this.root.hidden = false;
    this.clock.start(this.slides.length);
    this.render();
    if (!popup) this.audienceState(false);
    byId('presenter-next-button').focus();
  }

  /** Relabel the console and the summary in the deck's language (a Spanish deck gets a Spanish console). */
  private speak(language: string | undefined): void {
    this.say = consoleText(language);
    relabel(this.root, this.say);
    relabel(byId('session-summary'), this.say);
    const lang = (language ?? 'en').slice(0, 2);
    this.root.lang = lang;
    byId('session-summary').lang = lang;
  }

  /** End the session: close the audience window, show what was asked. */
  exit(): void {
    if (this.root.hidden) return;
    const seconds = this.clock.stop();
    this.link?.send({ type: 'end', lang: this.root.lang });
    this.link?.close();
    this.link = undefined;
    this.mirror(false);
    this.root.hidden = true;
    this.frame.src = 'about:blank';
    this.nextFrame.src = 'about:blank';
    this.teachBack.showSummary(seconds);
  }

  /** Open (or bring back) the audience window; in the desktop app it goes full screen on the second display. */
  private openAudience(): Window | null {
    this.link ??= openLink<AudienceMessage, ConsoleMessage>((m) => this.fromAudience(m));
    const popup = window.open('audience.html', AUDIENCE_WINDOW, 'popup,width=1024,height=576');
    if (popup) this.audienceState(true);
    return popup;
  }

  private fromAudience(m: AudienceMessage): void {
    if (m.type === 'hello') {
      this.audienceState(true);
      this.broadcast();
    } else if (m.type === 'bye') this.audienceState(false);
    else if (m.type === 'key') this.command(commandFor(m.key));
  }

  private audienceState(open: boolean): void {
    byId('presenter-audience-state').textContent = this.say(open ? 'console.audienceOpen' : 'console.audienceClosed');
    byId('presenter-audience-state').dataset['open'] = String(open);
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) && e.key !== 'Escape') return;
    if (target.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const command = commandFor(e.key);
    if (!command) return;
    e.preventDefault();
    this.command(command);
  }

  private command(c: PresentCommand | undefined): void {
    if (!c) return;
    if (c.do !== 'digit' && c.do !== 'jump') this.typed = '';
    const actions: Record<PresentCommand['do'], () => void> = {
      next: () => this.go(this.index + 1),
      prev: () => this.go(this.index - 1),
      first: () => this.go(0),
      last: () => this.go(this.slides.length - 1),
      black: () => this.setBlank('black'),
      white: () => this.setBlank('white'),
      end: () => (this.root.classList.contains('mirror') ? this.mirror(false) : this.exit()),
      digit: () => (this.typed = (this.typed + (c.do === 'digit' ? c.digit : '')).slice(-3)),
      jump: () => this.jumpToTyped(),
    };
    actions[c.do]();
    this.showTyped();
  }

  private jumpToTyped(): void {
    const target = jumpTarget(this.typed, this.slides.length);
    if (target !== undefined) this.go(target);
    else if (this.typed) announce(this.say('console.noSuchSlide', { n: this.typed, total: this.slides.length }), 'error');
    this.typed = '';
  }

  /** Show slide `i` on every screen (a blank screen comes back on a slide change). */
  private go(i: number): void {
    const to = Math.max(0, Math.min(i, this.slides.length - 1));
    this.blank = 'none';
    this.index = to;
    this.syncFrames();
    this.render();
  }

  private setBlank(blank: Blank): void {
    this.blank = this.blank === blank ? 'none' : blank;
    this.render();
  }

  private syncFrames(): void {
    const send = (f: HTMLIFrameElement, i: number) => f.contentWindow?.postMessage(JSON.stringify({ method: 'slide', args: [i, 0] }), '*');
    send(this.frame, this.index);
    send(this.nextFrame, Math.min(this.index + 1, this.slides.length - 1));
  }

  private broadcast(): void {
    this.link?.send({ type: 'show', url: this.url, index: this.index, blank: this.blank, lang: this.root.lang });
  }

  private render(): void {
    this.broadcast();
    const current = this.slides[this.index];
    const next = this.slides[this.index + 1];
    byId('presenter-position').textContent = this.say('presenter.slideOf', { n: this.index + 1, total: this.slides.length });
    byId('presenter-title').textContent = current?.title ?? '';
    byId('presenter-notes').textContent = notesWithoutPrompts(current?.notes ?? '') || this.say('presenter.noNotes');
    byId('presenter-next').textContent = next ? this.say('presenter.next', { title: next.title }) : this.say('presenter.last');
    byId('presenter-next-frame').parentElement!.hidden = !next;
    byId<HTMLSelectElement>('presenter-jump').value = String(this.index);
    for (const b of ['black', 'white'] as const) byId(`presenter-${b}`).setAttribute('aria-pressed', String(this.blank === b));
    byId('presenter-blank-state').textContent =
      this.blank === 'none'
        ? ''
        : this.say('console.blankState', { colour: this.say(this.blank === 'black' ? 'console.blankBlack' : 'console.blankWhite') });
    this.root.dataset['blank'] = this.blank;
    this.root.dataset['slide'] = String(this.index);
    this.teachBack.render(this.index);
    this.clock.tick();
  }

  private showTyped(): void {
    if (this.typed) announce(this.say('console.typed', { n: this.typed }));
  }

  private fillJump(): void {
    replaceChildren(
      byId('presenter-jump'),
      this.slides.map((s, i) => h('option', { value: i }, `${i + 1}. ${s.title}`)),
    );
  }

  /** One screen: show only the slide in this window (no notes, no console), or come back. */
  private mirror(on: boolean): void {
    this.root.classList.toggle('mirror', on);
    byId('presenter-mirror').setAttribute('aria-pressed', String(on));
    if (on) void this.root.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    (on ? byId('presenter-unmirror') : byId('presenter-mirror')).focus();
  }
}
