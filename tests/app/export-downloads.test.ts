import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExport } from '../../server/export-files.js';
import { startTestApp, type TestApp } from './app-harness.js';

let app: TestApp;
let outside: string;

beforeAll(async () => {
  app = await startTestApp({ watch: false });
  outside = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-outside-'));
  await writeFile(path.join(outside, 'secret.pdf'), '%PDF secret');
  await mkdir(app.exportDir, { recursive: true });
  await writeFile(path.join(app.exportDir, 'intro patients.pdf'), '%PDF-1.7 intro');
  await writeFile(path.join(app.exportDir, 'intro.html'), '<!doctype html><script>alert(1)</script>');
  await writeFile(path.join(app.exportDir, '.hidden.pdf'), '%PDF');
  await writeFile(path.join(app.exportDir, 'notes.txt'), 'text');
  await symlink(path.join(outside, 'secret.pdf'), path.join(app.exportDir, 'link.pdf'));
});

afterAll(async () => {
  await app?.close();
  await rm(outside, { recursive: true, force: true });
});

const get = (p: string, token: string | undefined = app.server.token) =>
  fetch(`http://127.0.0.1:${app.server.port}${p}${token ? `?token=${encodeURIComponent(token)}` : ''}`);

describe('downloads of exported files (immunodeck serve)', () => {
  it('serves an exported file to the holder of the token, as an attachment that never runs here', async () => {
    const res = await get('/exports/intro%20patients.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="intro patients.pdf"');
    expect(await res.text()).toBe('%PDF-1.7 intro');
    const html = await get('/exports/intro.html');
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('refuses without the token, and serves nothing outside the export folder', async () => {
    expect((await get('/exports/intro.html', '')).status).toBe(401);
    expect((await get('/exports/intro.html', 'wrong')).status).toBe(401);
    for (const p of [
      '/exports/..%2Fconfig%2Frecent-decks.json',
      '/exports/%2e%2e/x.pdf',
      '/exports/.hidden.pdf',
      '/exports/notes.txt',
      '/exports/link.pdf',
      '/exports/missing.pdf',
    ])
      expect((await get(p)).status, p).toBe(404);
  });

  it('finds only plain files of the export folder by name', async () => {
    expect(await findExport(app.exportDir, '/exports/intro.html')).toMatchObject({ name: 'intro.html', type: 'text/html; charset=utf-8' });
    for (const p of ['/exports/', '/exports/a/b.pdf', '/exports/%E0%A4%A', '/exports/link.pdf', '/exports/..%5Csecret.pdf'])
      expect(await findExport(app.exportDir, p), p).toBeUndefined();
  });
});
