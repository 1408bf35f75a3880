/**
 * Where frames may go and which links may leave the app. Pure decisions used by the handlers in
 * `web-contents-guards.ts` (checklist items 13–15); tested in tests/electron/navigation.test.ts.
 */
import { PREVIEW_ORIGIN, UI_ORIGIN, originOf } from './schemes.js';

/**
 * Hosts whose `https:` links may open in the system browser (a host and its subdomains): the
 * sources the built-in topics cite. Everything else is dropped, never passed to `shell.openExternal`.
 */
export const EXTERNAL_HOSTS: readonly string[] = Object.freeze([
  'cancer.gov',
  'nih.gov',
  'fda.gov',
  'cancer.org',
  'doi.org',
  'nobelprize.org',
  'who.int',
  'ema.europa.eu',
  'asco.org',
  'esmo.org',
]);

/**
 * True when a frame may navigate to `url`: the main frame only within the UI origin, a subframe
 * only within the deck preview origin (or to `about:blank`). Everything else is blocked.
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return originOf(url) === UI_ORIGIN;
  return url === 'about:blank' || originOf(url) === PREVIEW_ORIGIN;
}

/**
 * True when `url` may be handed to `shell.openExternal`: `https:` only, no credentials, the
 * default port, and a host in `hosts` (or below one). Parsed with the WHATWG URL parser.
 */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
