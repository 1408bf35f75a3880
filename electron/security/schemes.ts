/**
 * The app's own URL schemes. The UI and deck previews never load from `file://` (checklist item 18):
 * each scheme is served by a `protocol.handle` handler confined to one folder, with a CSP header.
 */
import type { CustomScheme } from 'electron';

/** Scheme of the app's UI (`app://ui/index.html`), rooted at `dist/renderer`. */
export const APP_SCHEME = 'app';
/** Host of the UI under {@link APP_SCHEME}. */
export const UI_HOST = 'ui';
/** Origin of the UI: the only origin allowed to call IPC. */
export const UI_ORIGIN = `${APP_SCHEME}://${UI_HOST}`;
/** Address the main window loads. */
export const UI_START_URL = `${UI_ORIGIN}/index.html`;

/** Scheme of built decks shown in the preview frame and printed to PDF (`deck://preview/<file>.html`). */
export const DECK_SCHEME = 'deck';
/** Host of deck previews under {@link DECK_SCHEME}. */
export const PREVIEW_HOST = 'preview';
/** Origin of deck previews: a different origin from the UI, with no preload, so decks never reach IPC. */
export const PREVIEW_ORIGIN = `${DECK_SCHEME}://${PREVIEW_HOST}`;

/**
 * Privileges for {@link APP_SCHEME} and {@link DECK_SCHEME}, registered before `app` is ready.
 * `standard` gives relative URLs and an origin, `secure` makes them secure contexts;
 * `bypassCSP` stays false so our CSP headers apply; no service workers, no CORS opt-in.
 */
export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = Object.freeze([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
      stream: false,
      codeCache: false,
    },
  },
  {
    scheme: DECK_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
      stream: false,
      codeCache: false,
    },
  },
]);

/**
 * The origin of `url` as `scheme://host[:port]`, or undefined when it does not parse, has no host
 * or carries credentials. Node's `URL#origin` is the string "null" for non-special schemes such as
 * `app:`, so the main process builds it from the parsed parts instead of trusting `origin`.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` parses and its origin is exactly `origin` (a URL parser, never `startsWith`). */
export function hasOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin;
}
