import { announce, byId } from '../dom.js';
import type { Store } from '../state.js';
import { parseRevealMessage } from './preview.js';
import { t } from '../../../core/i18n/messages.js';

/** The presenter view speaks the deck's language (core/i18n catalogues). */
function deckLanguage(store: Store): string | undefined {
  return store.get().draft.language;
}

/** "mm:ss" (or "h:mm:ss") for a number of seconds. */
export function formatClock(seconds: number): string {
  const s = Math.floor(seconds % 60)
    .toString()
    .padStart(2, '0');
  const m = Math.floor((seconds / 60) % 60)
    .toString()
    .padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  return hours ? `${hours}:${m}:${s}` : `${m}:${s}`;
}

/** A running presenter timer that can pause. */
class Stopwatch {
  private startedAt = 0;
  private carried = 0;
  running = false;

  start(): void {
    this.startedAt = Date.now();
    this.running = true;
  }
  pause(): void {
    this.carried = this.seconds();
    this.running = false;
  }
  reset(): void {
    this.carried = 0;
    this.startedAt = Date.now();
  }
  seconds(): number {
    return this.carried + (this.running ? (Date.now() - this.startedAt) / 1000 : 0);
  }
}

/**
 * Presenter mode: the deck full screen with the current slide's speaker notes, the next slide's
 * title and a timer. The deck frame reports slide changes (reveal.js postMessage events), so it
 * works whether the deck is on the UI's origin (browser) or on deck:// (desktop app).
 */
export class Presenter {
  private readonly root = byId('presenter');
  private readonly frame = byId<HTMLIFrameElement>('presenter-frame');
  private readonly watch = new Stopwatch();
  private index = 0;
  private ticker: number | undefined;

  constructor(private readonly store: Store) {
    window.addEventListener('message', (e) => {
      if (e.source !== this.frame.contentWindow) return;
      const msg = parseRevealMessage(e.data);
      if (msg?.state && (msg.eventName === 'slidechanged' || msg.eventName === 'ready')) {
        this.index = msg.state.indexh;
        showSlide(this.store, this.index);
      }
    });
    byId('presenter-prev').addEventListener('click', () => this.send('prev'));
    byId('presenter-next-button').addEventListener('click', () => this.send('next'));
    byId('presenter-exit').addEventListener('click', () => this.exit());
    byId('presenter-pause').addEventListener('click', () => this.togglePause());
    byId('presenter-reset').addEventListener('click', () => {
      this.watch.reset();
      this.tick();
    });
    this.root.addEventListener('keydown', (e) =>
      presenterKeys(
        e,
        (m) => this.send(m),
        () => this.exit(),
      ),
    );
  }

  /** Start presenting the current preview, full screen, from the first slide. */
  open(): void {
    const { preview } = this.store.get();
    if (!preview.url) return announce('Add topics to the deck first: there is nothing to present yet.', 'error');
    this.index = 0;
    this.frame.src = new URL(preview.url, window.location.href).href;
    this.root.hidden = false;
    this.watch.reset();
    this.watch.start();
    byId('presenter-pause').textContent = t(deckLanguage(this.store), 'presenter.pause');
    this.tick();
    this.ticker = window.setInterval(() => this.tick(), 1000);
    showSlide(this.store, this.index);
    void this.root.requestFullscreen?.().catch(() => undefined);
    byId('presenter-next-button').focus();
  }

  /** Leave presenter mode. */
  exit(): void {
    window.clearInterval(this.ticker);
    this.watch.pause();
    this.root.hidden = true;
    this.frame.src = 'about:blank';
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    byId('present-deck').focus();
  }

  private send(method: string): void {
    // Our own frame; reveal.js only accepts its API methods (and refuses a blacklist of them).
    this.frame.contentWindow?.postMessage(JSON.stringify({ method, args: [] }), '*');
  }

  private tick(): void {
    byId('presenter-clock').textContent = formatClock(this.watch.seconds());
  }

  private togglePause(): void {
    if (this.watch.running) this.watch.pause();
    else this.watch.start();
    byId('presenter-pause').textContent = t(deckLanguage(this.store), this.watch.running ? 'presenter.pause' : 'presenter.resume');
    this.tick();
  }
}

function presenterKeys(e: KeyboardEvent, send: (method: string) => void, exit: () => void): void {
  if ((e.target as HTMLElement).tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
  const keys: Record<string, () => void> = {
    ArrowRight: () => send('next'),
    PageDown: () => send('next'),
    ' ': () => send('next'),
    ArrowLeft: () => send('prev'),
    PageUp: () => send('prev'),
    Escape: exit,
  };
  const action = keys[e.key];
  if (!action) return;
  e.preventDefault();
  action();
}

function showSlide(store: Store, index: number): void {
  const slides = store.get().preview.slides;
  const current = slides[index];
  const next = slides[index + 1];
  const lang = deckLanguage(store);
  byId('presenter-position').textContent = t(lang, 'presenter.slideOf', { n: index + 1, total: slides.length });
  byId('presenter-title').textContent = current?.title ?? '';
  byId('presenter-notes').textContent = current?.notes || t(lang, 'presenter.noNotes');
  byId('presenter-next').textContent = next ? t(lang, 'presenter.next', { title: next.title }) : t(lang, 'presenter.last');
}
