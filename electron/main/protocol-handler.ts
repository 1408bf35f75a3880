/**
 * The request handlers behind `protocol.handle` for `app://ui` and `deck://preview`. Plain Node
 * (fs + the WHATWG `Response`), no `electron` import, so tests call them with a `Request`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COMMON_HEADERS, deckHeaderCsp } from '../../contract/csp.js';
import { cspSidecar } from '../../core/export/temp-html.js';
import { UI_CSP } from '../security/ui-csp.js';
import { resolveProtocolPath, type ProtocolRoot } from '../security/protocol-path.js';

/** A handler for one scheme, as `protocol.handle` takes it. */
export type ProtocolHandler = (request: Request) => Promise<Response>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The `Content-Type` for a file name; unknown types are served as opaque bytes. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves the bundled UI: every response carries {@link UI_CSP}. */
export function createUiHandler(root: string, origin: string): ProtocolHandler {
  return createFileHandler({ root, origin }, async () => UI_CSP);
}

/**
 * Serves built decks: each page carries the policy the renderer returned with it (its `.csp` file;
 * see {@link deckHeaderCsp}) plus `frame-ancestors`, which a `<meta>` policy cannot set: only
 * `frameAncestors` (the UI's origin, for the preview) may frame a deck; print pages, none.
 */
export function createDeckHandler(root: string, origin: string, frameAncestors = "'none'"): ProtocolHandler {
  return createFileHandler(
    { root, origin },
    async (file) => `${deckHeaderCsp(await readFile(cspSidecar(file), 'utf8').catch(() => undefined))}; frame-ancestors ${frameAncestors}`,
  );
}

/**
 * A GET/HEAD-only handler serving files below `spec.root` (see {@link resolveProtocolPath});
 * refused and missing paths both answer 404 so a page cannot probe the disk.
 */
export function createFileHandler(spec: ProtocolRoot, cspFor: (file: string, body: Buffer) => Promise<string>): ProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const file = resolveProtocolPath(spec, request.url);
    if (file === undefined) return textResponse(404, 'Not Found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not Found');
    }
    const headers = { ...COMMON_HEADERS, 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': await cspFor(file, body) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}

/** Folders served for print jobs, each under its own random host: `deck://<token>/<file>`. */
export interface FolderRegistry {
  /** The handler to pass to the print session's `protocol.handle(scheme, …)`. */
  handler: ProtocolHandler;
  /** Serve `dir` until `release()`; each call gets a fresh origin, so jobs never see each other. */
  serve(dir: string): { origin: string; release(): void };
}

/** A {@link FolderRegistry} for `scheme`: unknown or released hosts answer 404. */
export function createFolderRegistry(scheme: string, newToken: () => string): FolderRegistry {
  const folders = new Map<string, ProtocolHandler>();
  const handler: ProtocolHandler = async (request) => {
    let host: string;
    try {
      host = new URL(request.url).host;
    } catch {
      return textResponse(404, 'Not Found');
    }
    const serveOne = folders.get(host);
    return serveOne ? serveOne(request) : textResponse(404, 'Not Found');
  };
  const serve = (dir: string) => {
    const token = newToken().toLowerCase();
    const origin = `${scheme}://${token}`;
    folders.set(token, createDeckHandler(dir, origin));
    return { origin, release: () => void folders.delete(token) };
  };
  return { handler, serve };
}
