/**
 * Map a custom-protocol URL to a file inside one root folder, or refuse. Pure apart from `realpath` (in confine),
 * so it is unit-tested on plain Node (tests/electron/protocol-path.test.ts).
 */
import path from 'node:path';
import { confine } from '../../core/confine.js';

/** What a protocol root serves. */
export interface ProtocolRoot {
  /** Absolute folder the URLs map into. */
  root: string;
  /** Expected `scheme://host` of the URL, e.g. `app://ui`. Others are refused. */
  origin: string;
  /** File served for a path ending in `/`. @default 'index.html' */
  index?: string;
}

/**
 * Resolve `url` to an absolute file path below `spec.root`, or undefined when it must be refused:
 * another scheme or host, credentials, undecodable escapes, NUL bytes, backslashes, `..` segments
 * (plain or encoded, e.g. `%2e%2e` or `..%2f`), absolute or drive paths, symbolic links whose
 * target lies outside the root, and files that do not exist (the caller answers 404 for all of these).
 */
export function resolveProtocolPath(spec: ProtocolRoot, url: string): string | undefined {
  const pathname = decodedPathname(spec.origin, url);
  if (pathname === undefined) return undefined;
  const relative = (pathname.endsWith('/') ? pathname + (spec.index ?? 'index.html') : pathname).replace(/^\/+/, '');
  if (!isSafeRelative(relative)) return undefined;
  // The one path guard (core/confine.ts): inside the root by real path, and the file must exist.
  return confine(path.resolve(spec.root), relative, { mustExist: true });
}

/** The percent-decoded pathname of `url` when its origin is `origin`. */
function decodedPathname(origin: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (`${parsed.protocol}//${parsed.host}` !== origin || parsed.username || parsed.password) return undefined;
  // Raw `..` is removed by the URL parser; look at the raw text too so no escape is silently re-rooted.
  if (/(^|[/\\])(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(url.slice(origin.length))) return undefined;
  try {
    // Chromium sends `app://ui/` for `app://ui`; Node leaves the path empty.
    return decodeURIComponent(parsed.pathname || '/');
  } catch {
    return undefined;
  }
}

/** A slash-separated relative path with no empty, `.` or `..` segment and nothing absolute. */
function isSafeRelative(relative: string): boolean {
  if (relative === '' || /[\0\\]/.test(relative)) return false;
  if (path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative) || /^[a-z]:/i.test(relative)) return false;
  return relative.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes(':'));
}
