import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeOf, createDeckHandler, createFolderRegistry, createUiHandler } from '../../electron/main/protocol-handler.js';
import { UI_CSP } from '../../electron/security/ui-csp.js';
import { deckCsp } from '../../core/render/render-deck.js';

const base = mkdtempSync(path.join(tmpdir(), 'immunodeck-handler-'));
const ui = path.join(base, 'renderer');
const previews = path.join(base, 'preview');
mkdirSync(ui);
mkdirSync(previews);
writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>UI</title>');
writeFileSync(path.join(ui, 'main.js'), 'console.log(1)');
writeFileSync(path.join(base, 'secret.txt'), 'secret');
const deckPage = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; script-src &#x27;sha256-AAAA&#x27;"><p>deck</p>`;
writeFileSync(path.join(previews, '0123.html'), deckPage);
// Written beside the page by whoever rendered it (core's cspSidecar): the policy the renderer returned.
writeFileSync(path.join(previews, '0123.html.csp'), deckCsp(["'sha256-AAAA'"]));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => new Request(url, { method });

describe('createUiHandler', () => {
  const handle = createUiHandler(ui, 'app://ui');

  it('serves the UI with the UI CSP as a header, the right type and nosniff', async () => {
    const res = await handle(get('app://ui/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(UI_CSP);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>UI</title>');
    expect((await handle(get('app://ui/main.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for traversal and missing files, without reading outside the root', async () => {
    for (const url of ['app://ui/%2e%2e/secret.txt', 'app://ui/..%2fsecret.txt', 'app://ui/missing.js', 'app://other/index.html']) {
      const res = await handle(get(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(get('app://ui/index.html', 'POST'))).status).toBe(405);
    const head = await handle(get('app://ui/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('createDeckHandler', () => {
  it("sends the deck's own policy, as the renderer returned it, as a header", async () => {
    const res = await createDeckHandler(previews, 'deck://preview')(get('deck://preview/0123.html?x=1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'sha256-AAAA'; /);
  });

  it('lets no script run on a page served without its policy', async () => {
    writeFileSync(path.join(previews, 'bare.html'), '<script>alert(1)</script>');
    const res = await createDeckHandler(previews, 'deck://preview')(get('deck://preview/bare.html'));
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'none'/);
  });

  it('does not serve the UI folder or anything outside the preview folder', async () => {
    const handle = createDeckHandler(previews, 'deck://preview');
    expect((await handle(get('deck://preview/../renderer/index.html'))).status).toBe(404);
    expect((await handle(get('deck://ui/index.html'))).status).toBe(404);
  });
});

describe('createFolderRegistry', () => {
  it('serves a folder under a fresh host until released', async () => {
    let n = 0;
    const registry = createFolderRegistry('deck', () => `job${++n}`);
    const served = registry.serve(previews);
    expect(served.origin).toBe('deck://job1');
    expect((await registry.handler(get('deck://job1/0123.html?print-pdf'))).status).toBe(200);
    expect((await registry.handler(get('deck://job2/0123.html'))).status).toBe(404);
    served.release();
    expect((await registry.handler(get('deck://job1/0123.html'))).status).toBe(404);
  });
});

describe('contentTypeOf', () => {
  it('knows the UI file types and falls back to opaque bytes', () => {
    expect(contentTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.exe')).toBe('application/octet-stream');
  });
});
