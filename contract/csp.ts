/**
 * Content-Security-Policy strings sent as response headers by the protocol handlers
 * (checklist item 7: a header, not only a `<meta>` tag). Pure; tested in tests/electron/csp.test.ts.
 */
import { deckCsp } from '../core/render/render-deck.js';

/**
 * Policy of the app UI: only our bundled scripts, inline styles for the UI framework, images from
 * the bundle or generated in the page, deck previews only in frames from `frameSrc`, no plugins,
 * no `<base>`, no form posts, and the UI itself never framed. Electron serves it with `deck:` as
 * `frameSrc`, the local HTTP server (`immunodeck serve`) with its own origin.
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
 * Header policy for a built deck page we serve (`deck://preview/…`, print folders, the server's
 * preview): the policy the renderer returned with the page, written beside it by core's
 * `cspSidecar`. A page without one gets a policy under which no script runs.
 */
export function deckHeaderCsp(policy: string | undefined): string {
  return policy ?? deckCsp(["'none'"]);
}
