import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENTS, isChannel } from '../contract/ipc-contract.js';
import type { DeckService } from '../service/deck-service.js';
import { COMMON_HEADERS, newToken, refuseReason, TOKEN_HEADER, tokenMatches, UI_CSP } from './security.js';
import { OpenCodes } from './open-codes.js';
import { readStatic } from './static-files.js';
import { downloadHeaders, EXPORTS_PATH, findExport, streamExport } from './export-files.js';

/** Options for {@link startServer}. */
export interface ServerOptions {
  service: DeckService;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** @default 0 (a free port) */
  port?: number;
  /** The per-run API token. @default a new random token */
  token?: string;
}

/** A running local server. */
export interface RunningServer {
  /** The address to open, with the token: `http://127.0.0.1:<port>/?token=…`. */
  url: string;
  port: number;
  /** The address the socket is bound to: always 127.0.0.1. */
  address: string;
  token: string;
  /**
   * A one-time address for opening the app from another process (`serve --open`): it carries a
   * short-lived code instead of the token, so the token never appears on a command line.
   */
  openUrl(): string;
  close(): Promise<void>;
}

/** Largest JSON body the API accepts (an imported logo is the biggest request). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Start the local HTTP server on 127.0.0.1 only: the built UI, `POST /api/<channel>` (the same
 * contract as Electron IPC), `GET /api/events` (Server-Sent Events) and `GET /preview/<id>.html`.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const sockets = new Set<ServerResponse>();
  const codes = new OpenCodes();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res, { ...options, token, port, sockets, codes }).catch(() =>
      send(res, 500, 'text/plain; charset=utf-8', 'Internal error'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    address: bound.address,
    token,
    openUrl: () => `http://127.0.0.1:${port}/open?code=${codes.issue()}`,
    close: () => {
      for (const s of sockets) s.end();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface RequestContext extends ServerOptions {
  token: string;
  port: number;
  sockets: Set<ServerResponse>;
  codes: OpenCodes;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: RequestContext): Promise<void> {
  const refused = refuseReason(req.headers, ctx.port);
  if (refused) return send(res, 403, 'text/plain; charset=utf-8', `Forbidden: ${refused}`);
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  if (url.pathname === '/api/events') return events(req, res, ctx, url);
  if (url.pathname.startsWith('/api/')) return api(req, res, ctx, url.pathname.slice('/api/'.length));
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
  if (url.pathname === '/open') return openWithCode(res, ctx, url);
  if (url.pathname.startsWith(EXPORTS_PATH)) return exportedFile(req, res, ctx, url);
  const preview = /^\/preview\/([0-9a-f]{32})\.html$/.exec(url.pathname);
  if (preview) return previewPage(res, ctx, preview[1]!);
  const file = await readStatic(ctx.rendererDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
  send(res, 200, file.type, req.method === 'HEAD' ? '' : file.body, { 'Content-Security-Policy': UI_CSP, 'X-Frame-Options': 'DENY' });
}

async function api(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, channel: string): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
  if (!tokenMatches(ctx.token, header(req, TOKEN_HEADER))) return send(res, 401, 'text/plain; charset=utf-8', 'Unauthorized');
  // JSON only: a cross-site form or no-CORS fetch cannot send this type without a preflight.
  if (!/^application\/json\b/i.test(header(req, 'content-type') ?? ''))
    return send(res, 415, 'text/plain; charset=utf-8', 'Use Content-Type: application/json');
  if (!isChannel(channel))
    return sendJson(res, 404, { ok: false, diagnostics: [{ code: 'SCHEMA', severity: 'error', message: `unknown channel "${channel}"` }] });
  const body = await readBody(req);
  if (body === undefined)
    return sendJson(res, 400, {
      ok: false,
      diagnostics: [{ code: 'SCHEMA', severity: 'error', message: 'the request body is not JSON or is too large' }],
    });
  sendJson(res, 200, await ctx.service.invoke(channel, body));
}

function events(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, url: URL): void {
  if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
  // EventSource cannot set headers, so the token comes in the query string.
  if (!tokenMatches(ctx.token, url.searchParams.get('token'))) return send(res, 401, 'text/plain; charset=utf-8', 'Unauthorized');
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write('retry: 1000\n\n');
  const unsubscribe = EVENTS.map((event) =>
    ctx.service.on(event, (payload) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)),
  );
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  ctx.sockets.add(res);
  res.on('close', () => {
    clearInterval(ping);
    unsubscribe.forEach((u) => u());
    ctx.sockets.delete(res);
  });
}

/** Exchange a one-time code for the session: redirect to the UI with the token, which the UI keeps and drops from the address bar. */
function openWithCode(res: ServerResponse, ctx: RequestContext, url: URL): void {
  if (!ctx.codes.redeem(url.searchParams.get('code')))
    return send(
      res,
      403,
      'text/plain; charset=utf-8',
      'This link has been used or has expired. Open the address printed in the terminal where ImmunoDeck is running.',
    );
  send(res, 302, 'text/plain; charset=utf-8', '', { Location: `/?token=${encodeURIComponent(ctx.token)}` });
}

/** An exported file, as a download: token in the query (a link cannot send headers), confined to the export folder. */
async function exportedFile(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, url: URL): Promise<void> {
  if (!tokenMatches(ctx.token, url.searchParams.get('token'))) return send(res, 401, 'text/plain; charset=utf-8', 'Unauthorized');
  const download = await findExport(ctx.service.settings.exportDir, url.pathname);
  if (!download)
    return send(res, 404, 'text/plain; charset=utf-8', 'This file is not in the export folder any more. Export the deck again.');
  res.writeHead(200, { ...COMMON_HEADERS, ...downloadHeaders(download) });
  if (req.method === 'HEAD') return void res.end();
  streamExport(download, res);
}

function previewPage(res: ServerResponse, ctx: RequestContext, id: string): void {
  const page = ctx.service.previewPage(id);
  if (!page) return send(res, 404, 'text/plain; charset=utf-8', 'This preview has expired; edit the deck to refresh it.');
  // The deck carries its own CSP in a <meta> tag; the header repeats the policy the renderer returned and adds what a <meta> cannot say.
  send(res, 200, 'text/html; charset=utf-8', page.html, {
    'Content-Security-Policy': `${page.csp}; frame-ancestors 'self'`,
    'X-Frame-Options': 'SAMEORIGIN',
  });
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', () => resolve(undefined));
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Content-Type': type,
    ...extra,
  });
  res.end(body);
}
