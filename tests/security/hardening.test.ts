// Issue 15, hardening: deck:// answers carry frame-ancestors, the preview frame is sandboxed, and
// the app does not download spellcheck dictionaries (it stays offline).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDeckHandler } from '../../electron/main/protocol-handler.js';
import { mainWindowPreferences } from '../../electron/security/web-preferences.js';

vi.mock('electron', () => ({}));

const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-hardening-'));
writeFileSync(path.join(dir, 'deck.html'), '<!doctype html><p>deck</p>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deck:// responses', () => {
  it('let only the UI frame the preview', async () => {
    const res = await createDeckHandler(dir, 'deck://preview', 'app://ui')(new Request('deck://preview/deck.html'));
    expect(res.headers.get('content-security-policy')).toMatch(/; frame-ancestors app:\/\/ui$/);
  });

  it('let nobody frame a print page', async () => {
    const res = await createDeckHandler(dir, 'deck://job1')(new Request('deck://job1/deck.html'));
    expect(res.headers.get('content-security-policy')).toMatch(/; frame-ancestors 'none'$/);
  });
});

describe('the UI', () => {
  it('sandboxes the preview frame: scripts run, but the deck gets no origin of its own', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(/<iframe id="preview-frame"[^>]*>/.exec(html)?.[0]).toMatch(/ sandbox="allow-scripts"/);
  });

  it('turns spellcheck off, so no dictionary is downloaded', () => {
    expect(mainWindowPreferences({ preload: '/p.cjs' }).spellcheck).toBe(false);
  });
});
