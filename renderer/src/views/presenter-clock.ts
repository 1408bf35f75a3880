import { byId } from '../dom.js';
import type { Say } from '../i18n/console-text.js';
import { defaultTargetMinutes, formatClock, formatTimeOfDay, paceOf } from '../present/pace.js';

/** A presenter timer that can pause. */
export class Stopwatch {
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

/** The console's clock, elapsed timer, target duration and pace, redrawn every second. */
export class PresenterClock {
  readonly watch = new Stopwatch();
  private ticker: number | undefined;
  private readonly target = byId<HTMLInputElement>('presenter-target');

  constructor(
    private readonly position: () => { index: number; count: number },
    private readonly say: () => Say,
  ) {
    byId('presenter-pause').addEventListener('click', () => this.togglePause());
    byId('presenter-reset').addEventListener('click', () => {
      this.watch.reset();
      this.tick();
    });
    this.target.addEventListener('input', () => this.tick());
  }

  /** Start from zero; the target defaults to the deck's length unless the presenter set one. */
  start(slideCount: number): void {
    if (!this.target.value) this.target.value = String(defaultTargetMinutes(slideCount));
    this.watch.reset();
    this.watch.start();
    byId('presenter-pause').textContent = this.say()('presenter.pause');
    this.tick();
    window.clearInterval(this.ticker);
    this.ticker = window.setInterval(() => this.tick(), 1000);
  }

  /** Stop the timer; answers the seconds presented. */
  stop(): number {
    window.clearInterval(this.ticker);
    this.watch.pause();
    return this.watch.seconds();
  }

  /** Redraw the clock, elapsed time and pace. */
  tick(): void {
    const elapsed = this.watch.seconds();
    const { index, count } = this.position();
    byId('presenter-time').textContent = formatTimeOfDay(new Date());
    byId('presenter-clock').textContent = formatClock(elapsed);
    const say = this.say();
    const words = {
      onTime: say('console.onTime'),
      behind: say('console.behind'),
      ahead: say('console.ahead'),
      overTime: say('console.overTime'),
    };
    const pace = paceOf(elapsed, Number(this.target.value) || defaultTargetMinutes(count), index, count, words);
    const el = byId('presenter-pace');
    el.textContent = pace.label;
    el.dataset['state'] = pace.state;
    byId<HTMLProgressElement>('presenter-used').value = Math.min(1, pace.used);
  }

  private togglePause(): void {
    if (this.watch.running) this.watch.pause();
    else this.watch.start();
    byId('presenter-pause').textContent = this.say()(this.watch.running ? 'presenter.pause' : 'presenter.resume');
    this.tick();
  }
}
