/** Presenter clock and pace: pure functions, no DOM. */

/** "mm:ss" (or "h:mm:ss") for a number of seconds. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const s = (total % 60).toString().padStart(2, '0');
  const m = Math.floor((total / 60) % 60)
    .toString()
    .padStart(2, '0');
  const hours = Math.floor(total / 3600);
  return hours ? `${hours}:${m}:${s}` : `${m}:${s}`;
}

/** Time of day as the presenter's computer shows it, e.g. "10:42". */
export function formatTimeOfDay(date: Date, locale?: string): string {
  return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** How the pace is worded: the console passes its words in the deck's language. @default English */
export interface PaceWords {
  onTime: string;
  /** Each with `{minutes}`. */
  behind: string;
  ahead: string;
  overTime: string;
}

const ENGLISH_PACE: PaceWords = {
  onTime: 'On time',
  behind: '{minutes} min behind',
  ahead: '{minutes} min ahead',
  overTime: '{minutes} min over time',
};

/** Where the talk stands against its target duration. */
export interface Pace {
  /** 'ahead', 'on-time' or 'behind'. */
  state: 'ahead' | 'on-time' | 'behind';
  /** Plain words, e.g. "2 min behind". */
  label: string;
  /** Share of the target time used, 0…1 (may exceed 1 when over time). */
  used: number;
}

/**
 * Compare the elapsed time with the time planned to reach the current slide (the target spread
 * evenly over the slides). Within one slide's share, or a minute, counts as on time.
 */
export function paceOf(
  elapsedSeconds: number,
  targetMinutes: number,
  slideIndex: number,
  slideCount: number,
  words: PaceWords = ENGLISH_PACE,
): Pace {
  const target = Math.max(1, targetMinutes) * 60;
  const perSlide = target / Math.max(1, slideCount);
  const planned = slideIndex * perSlide;
  const diff = elapsedSeconds - planned;
  const slack = Math.max(60, perSlide);
  const used = elapsedSeconds / target;
  const say = (text: string, seconds: number) => text.replace('{minutes}', String(Math.max(1, Math.round(seconds / 60))));
  if (elapsedSeconds > target) return { state: 'behind', label: say(words.overTime, elapsedSeconds - target), used };
  if (diff > slack) return { state: 'behind', label: say(words.behind, diff), used };
  if (diff < -slack) return { state: 'ahead', label: say(words.ahead, -diff), used };
  return { state: 'on-time', label: words.onTime, used };
}

/** A sensible target for a deck: one and a half minutes a slide, rounded to 5, at least 5 minutes. */
export function defaultTargetMinutes(slideCount: number): number {
  return Math.max(5, Math.round((slideCount * 1.5) / 5) * 5);
}
