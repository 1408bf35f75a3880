import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseReason, tokenMatches, UI_CSP } from '../../server/security.js';
import { startTestApp, type TestApp } from './app-harness.js';

/** The policy the brief and the desktop app ask for, directive by directive. */
const REQUIRED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "frame-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
];

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let app: TestApp;
let port: number;

/** A raw HTTP request, so tests can send any Host, Origin or Sec-Fetch-Site header. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', 'x-immunodeck-token': app.server.token, ...headers },
    JSON.stringify(body),
  );

beforeAll(async () => {
  app = await startTestApp({ watch: false });
  port = app.server.port;
});

afterAll(async () => {
  await app.close();
});

describe('local server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(app.server.url).toBe(`http://127.0.0.1:${port}/?token=${app.server.token}`);
    expect(app.server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the UI with the app CSP and security headers', async () => {
    const r = await send('GET', '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>ImmunoDeck</title>');
    const csp = String(r.headers['content-security-policy']);
    for (const directive of REQUIRED_CSP) expect(csp).toContain(directive);
    expect(csp).toBe(UI_CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('answers API calls with the token, and refuses them without it', async () => {
    const ok = await api('library:list', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { builtin: false } });
    expect((await api('library:list', {}, { 'x-immunodeck-token': '' })).status).toBe(401);
    expect((await api('library:list', {}, { 'x-immunodeck-token': 'wrong' })).status).toBe(401);
    expect((await api('library:list', {}, { 'x-immunodeck-token': app.server.token.slice(0, -1) + 'x' })).status).toBe(401);
  });

  it('refuses a Host header other than 127.0.0.1/localhost on this port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `192.168.1.5:${port}`]) {
      expect((await send('GET', '/', { host })).status).toBe(403);
      expect((await api('library:list', {}, { host })).status).toBe(403);
    }
    expect((await send('GET', '/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses cross-origin and cross-site requests', async () => {
    expect((await api('library:list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library:list', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('library:list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('library:list', {}, { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('takes JSON only, and checks every request against the contract', async () => {
    const form = await send('POST', '/api/library:list', { 'content-type': 'text/plain', 'x-immunodeck-token': app.server.token }, '{}');
    expect(form.status).toBe(415);
    expect((await send('GET', '/api/library:list', { 'x-immunodeck-token': app.server.token })).status).toBe(405);
    expect((await api('no:such-channel', {})).status).toBe(404);
    const bad = await api('topic:read', { path: '../../etc/passwd' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false });
    const junk = await send(
      'POST',
      '/api/topic:read',
      { 'content-type': 'application/json', 'x-immunodeck-token': app.server.token },
      '{oops',
    );
    expect(junk.status).toBe(400);
  });

  it('serves previews from the same origin with the deck policy and no framing by others', async () => {
    const r = await api('deck:preview', {
      draft: { id: 'x', deck: { title: 'X', audience: 'patient', topics: ['t-cell-basics'] } },
    });
    const url = (JSON.parse(r.body) as { value: { url: string } }).value.url;
    expect(url).toMatch(/^preview\/[0-9a-f]{32}\.html$/);
    const page = await send('GET', `/${url}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Meet your T cells');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'sha256-/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect((await send('GET', '/preview/00000000000000000000000000000000.html')).status).toBe(404);
  });

  it('never serves files outside the built UI', async () => {
    for (const p of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/.hidden',
      '/app.js%00.html',
    ]) {
      expect((await send('GET', p)).status).toBe(404);
    }
  });

  it('streams events to holders of the token only', async () => {
    expect((await send('GET', '/api/events')).status).toBe(401);
    const status = await new Promise<number>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/api/events?token=${app.server.token}`, headers: { host: `127.0.0.1:${port}` } },
        (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.end();
    });
    expect(status).toBe(200);
  });
});

describe('security checks', () => {
  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
  });

  it('explains what it refuses', () => {
    expect(refuseReason({ host: 'localhost:80' }, 80)).toBeUndefined();
    expect(refuseReason({}, 80)).toMatch(/Host/);
    expect(refuseReason({ host: '127.0.0.1:80', origin: 'https://127.0.0.1:80' }, 80)).toMatch(/cross-origin/);
    expect(refuseReason({ host: '127.0.0.1:80', 'sec-fetch-site': 'same-site' }, 80)).toMatch(/cross-site/);
  });

  it('binds the loopback interface only', () => {
    expect(app.server.address).toBe('127.0.0.1');
  });
});
