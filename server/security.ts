import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { uiCsp } from '../contract/csp.js';

/**
 * The UI's Content-Security-Policy, as the desktop app sends it, adapted to one origin: deck
 * previews are framed from this same server (/preview/…), so `frame-src 'self'`.
 */
export const UI_CSP = uiCsp("'self' blob: data:");

/** Headers sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** Name of the request header that carries the per-run token. */
export const TOKEN_HEADER = 'x-immunodeck-token';

/** A random per-run token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compare a presented token with the real one in constant time. */
export function tokenMatches(expected: string, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The origins this server answers to: http://127.0.0.1:port and http://localhost:port. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Why a request must be refused, or undefined when it may go on: the Host header must name this
 * server on the loopback address (defeats DNS rebinding), and a request that says where it comes
 * from (Origin, Sec-Fetch-Site) must come from this same origin (defeats cross-site requests).
 */
export function refuseReason(headers: IncomingHttpHeaders, port: number): string | undefined {
  const origins = allowedOrigins(port);
  const host = headers.host;
  if (!host || !origins.includes(`http://${host.toLowerCase()}`)) return 'unexpected Host header';
  const origin = headers.origin;
  if (origin !== undefined && !origins.includes(origin)) return 'cross-origin request';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site request';
  return undefined;
}
