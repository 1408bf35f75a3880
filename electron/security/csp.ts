/**
 * Content-Security-Policy strings sent as response headers by the protocol handlers
 * (checklist item 7: a header, not only a `<meta>` tag). Pure; tested in tests/electron/csp.test.ts.
 */
import { deckCsp } from '../../core/render/render-deck.js';
import { DECK_SCHEME } from './schemes.js';

/**
 * Policy of the app UI (`app://ui`): only our bundled scripts, inline styles for the UI framework,
 * images from the bundle or generated in the page, deck previews only in frames from `deck:`,
 * no plugins, no `<base>`, no form posts, and the UI itself never framed.
 */
export const UI_CSP: string = uiCsp(`${DECK_SCHEME}:`);

/**
 * The UI's policy with the given `frame-src` (where deck previews are framed from); the local HTTP
 * server (`immunodeck serve`) sends the same policy with its own origin.
 */
export function uiCsp(frameSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `frame-src ${frameSrc}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers sent with every response of our schemes, besides the CSP. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});

/**
 * Header policy for a built deck page (`deck://preview/…`): the same policy the deck carries in its
 * `<meta>` tag (core's `deckCsp`), with the script hashes copied from that tag. Only `'sha256-…'`
 * sources are copied; a page without the tag gets `script-src 'none'`, so nothing runs.
 */
export function deckHeaderCsp(html: string): string {
  return deckCsp(scriptHashesFromMeta(html));
}

/** The `'sha256-…'` sources of the `script-src` in the page's CSP `<meta>` tag. */
export function scriptHashesFromMeta(html: string): string[] {
  const meta = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(html.slice(0, 200_000));
  if (!meta?.[1]) return ["'none'"];
  const policy = decodeEntities(meta[1]);
  const scriptSrc = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => /^script-src\s/i.test(d));
  const hashes = (scriptSrc ?? '').split(/\s+/).filter((s) => /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(s));
  return hashes.length > 0 ? hashes : ["'none'"];
}

/** Decode the HTML character references Handlebars writes into attributes. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}
