/**
 * Where the audience window of a presentation goes. Pure: no `electron` value import, so tests call
 * it with plain display lists (tests/electron/audience-display.test.ts); audience-window.ts wires it.
 */
import type { BrowserWindowConstructorOptions, WindowOpenHandlerResponse } from 'electron';
import { hasOrigin, UI_ORIGIN } from '../security/schemes.js';
import { audienceWindowPreferences } from '../security/web-preferences.js';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the choice needs to know about a display (a subset of Electron's `Display`). */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** True for the laptop's own panel, when Electron knows it. */
  internal?: boolean;
}

/** Where the audience sees the slides. */
export type AudiencePlacement = { mode: 'second-display'; displayId: number; bounds: Rect } | { mode: 'single' };

/**
 * The display for the audience: any display other than the console's (the one the main window is
 * on), preferring an external one and then the largest. With one display: `single` (the console
 * offers "Show audience view here" instead, so notes never reach a mirrored projector).
 */
export function chooseAudienceDisplay(displays: readonly DisplayInfo[], consoleDisplayId: number): AudiencePlacement {
  const others = displays.filter((d) => d.id !== consoleDisplayId);
  if (!others.length) return { mode: 'single' };
  const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;
  const best = [...others].sort((a, b) => Number(!!a.internal) - Number(!!b.internal) || area(b) - area(a))[0]!;
  return { mode: 'second-display', displayId: best.id, bounds: { ...best.bounds } };
}

/** True for the UI's audience page (`app://ui/audience.html`), the only window the UI may open. */
export function isAudienceUrl(url: string): boolean {
  if (!hasOrigin(url, UI_ORIGIN)) return false;
  try {
    const u = new URL(url);
    return u.pathname === '/audience.html' && !u.search;
  } catch {
    return false;
  }
}

/** Options of the audience window on its display: full screen, no menu, hardened, no preload. */
export function audienceWindowOptions(bounds: Rect): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    title: 'ImmunoDeck — audience',
    webPreferences: audienceWindowPreferences(),
  };
}

/**
 * The answer to the UI's `window.open`: the audience page opens full screen on the second display;
 * anything else, or the audience page with one display, is refused (`undefined`: the guards decide).
 */
export function audienceWindowResponse(url: string, placement: AudiencePlacement): WindowOpenHandlerResponse | undefined {
  if (!isAudienceUrl(url) || placement.mode === 'single') return undefined;
  return { action: 'allow', overrideBrowserWindowOptions: audienceWindowOptions(placement.bounds) };
}
