/**
 * The only `webPreferences` the app creates windows with. Pure: tests assert the exact values
 * (tests/electron/web-preferences.test.ts) and electronegativity-style reviews read one place.
 */
import type { WebPreferences } from 'electron';

/**
 * Settings shared by every window: context isolation (item 3), sandbox (item 4), no Node.js in
 * any frame or worker (item 2), web security on (item 6), no insecure content (item 8), no
 * experimental or extra Blink features (items 9–10), no `<webview>` (items 11–12).
 */
const HARDENED: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  plugins: false,
  navigateOnDragDrop: false,
  enableWebSQL: false,
  safeDialogs: true,
  // Middle-click opens links in new windows without going through the window-open handler's UI.
  disableBlinkFeatures: 'Auxclick',
});

/** Options for {@link mainWindowPreferences}. */
export interface MainWindowPreferencesOptions {
  /** Absolute path of the bundled preload (`dist/electron/preload/index.cjs`). */
  preload: string;
  /** Allow the developer tools (development builds only). @default false */
  devTools?: boolean;
}

/** `webPreferences` of the main window: the hardened set plus our one preload. */
export function mainWindowPreferences(options: MainWindowPreferencesOptions): WebPreferences {
  return { ...HARDENED, preload: options.preload, devTools: options.devTools ?? false, spellcheck: false };
}

/**
 * `webPreferences` of the hidden PDF window: the hardened set, offscreen, no preload (so the printed
 * deck has no bridge at all), no dev tools, and no background throttling so timers keep running.
 */
export function pdfWindowPreferences(): WebPreferences {
  return { ...HARDENED, offscreen: true, devTools: false, spellcheck: false, backgroundThrottling: false };
}

/**
 * `webPreferences` of a presentation's audience window (`app://ui/audience.html`): the hardened set
 * with no preload, so the window on the projector has no bridge to the service at all.
 */
export function audienceWindowPreferences(): WebPreferences {
  return { ...HARDENED, devTools: false, spellcheck: false, backgroundThrottling: false };
}
