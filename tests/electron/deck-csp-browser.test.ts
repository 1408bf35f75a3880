/**
 * The deck: protocol's CSP header against a real deck in Chromium (the engine Electron embeds):
 * served with exactly the headers the handler sends, the deck starts, its print view becomes
 * pdf-ready and prints with the Electron-mapped options, with no CSP violation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../helpers/build.js';
import { cspSidecar } from '../../core/export/temp-html.js';
import { buildPrintOptions, slidePageSize, toPlaywrightPdfOptions } from '../../core/export/print-options.js';
import { createDeckHandler, createUiHandler } from '../../electron/main/protocol-handler.js';
import { buildRenderer } from '../../scripts/build-renderer.js';
import { launchBrowser, settled } from '../helpers/browser.js';

const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-deckcsp-'));
let server: Server;
let base = '';
let browser: Browser;
let slides = 0;
let size = { width: 960, height: 700 };

beforeAll(async () => {
  const built = await buildDeck(path.resolve('content/decks/intro-patients.yaml'));
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
  slides = built.value.model.slides.length;
  size = { width: built.value.model.width, height: built.value.model.height };
  // As the app writes decks it serves: the page, and beside it the policy the renderer returned.
  for (const name of ['deck.html', 'print.html']) {
    writeFileSync(path.join(dir, name), built.value.html);
    writeFileSync(cspSidecar(path.join(dir, name)), built.value.rendered.parts.csp);
  }
  await buildRenderer({ outDir: path.join(dir, 'ui') });
  // Bridge HTTP to the protocol handlers: same body, status and headers as app://ui and deck://preview in the app.
  const deck = createDeckHandler(dir, 'deck://preview');
  const ui = createUiHandler(path.join(dir, 'ui'), 'app://ui');
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const answer = url.startsWith('/ui/') ? ui(new Request(`app://ui${url.slice(3)}`)) : deck(new Request(`deck://preview${url}`));
    void answer.then(async (r) => {
      res.writeHead(r.status, Object.fromEntries(r.headers));
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(url: string) {
  const page = await browser.newPage({ viewport: size });
  const violations: string[] = [];
  const statuses = new Map<string, number>();
  page.on('response', (r) => void statuses.set(new URL(r.url()).pathname, r.status()));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto(url);
  return { page, violations, statuses, csp: res?.headers()['content-security-policy'] ?? '' };
}

describe('deck pages under the deck: CSP header', () => {
  it('start reveal.js with no CSP violation', async () => {
    const { page, violations, csp } = await open(`${base}/deck.html`);
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-/);
    await page.waitForSelector('html[data-immunodeck-ready="slides"]', { state: 'attached', timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lay out for print, signal pdf-ready and print one page per slide', async () => {
    const { page, violations } = await open(`${base}/print.html?print-pdf`);
    await page.waitForSelector('html[data-immunodeck-pdf-ready]', { state: 'attached', timeout: 30_000 });
    const pdf = await page.pdf(toPlaywrightPdfOptions(buildPrintOptions(slidePageSize(size.width, size.height))));
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(slides);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the UI under the app: CSP header', () => {
  it('loads its script, styles and fonts with no CSP violation', async () => {
    const { page, violations, statuses, csp } = await open(`${base}/ui/index.html`);
    expect(csp).toContain("script-src 'self'");
    await page.waitForLoadState('load');
    await settled(page);
    expect(statuses.get('/ui/app.js')).toBe(200);
    expect(statuses.get('/ui/styles.css')).toBe(200);
    expect(violations).toEqual([]);
    await page.close();
  });
});
