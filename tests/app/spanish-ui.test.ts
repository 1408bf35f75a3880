import { cp, mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPaper } from '../../core/options.js';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from './app-harness.js';

/** Screenshots for people to look at (not compared). */
const SHOTS = process.env['IMMUNODECK_SHOTS'] ?? '/tmp/immunodeck-shots';
const POLL = { timeout: 15_000 };

let app: TestApp;
let browser: Browser;
let page: Page;
let content: string;
const pageErrors: string[] = [];

const frameText = (selector: string) =>
  page
    .frameLocator(selector)
    .locator('.reveal .slides')
    .textContent({ timeout: 5000 })
    .then((t) => (t ?? '').replace(/\u00ad/g, ''))
    .catch(() => '');

async function openDeck(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Open deck…' }).click();
  await page.locator('#open-library-decks').getByRole('button', { name: title }).click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  content = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-es-ui-'));
  await cp('tests/fixtures/spanish', content, { recursive: true });
  browser = await launchBrowser();
  app = await startTestApp({ contentRoot: content });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready]');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await rm(content, { recursive: true, force: true });
});

describe('Spanish decks in the app', () => {
  it('opens a Spanish deck: the language picker says español and every slide has Spanish wording', async () => {
    await openDeck('La inmunoterapia');
    await expect.poll(() => page.locator('#deck-language').inputValue(), POLL).toBe('es');
    await expect.poll(() => page.locator('.translation-status').textContent(), POLL).toBe('Every slide has Spanish wording.');
    await expect.poll(() => frameText('#preview-frame'), POLL).toContain('Su sistema inmunitario es un equipo de defensa');
  });

  it('lists the slides that lack Spanish and previews the English deck beside the Spanish one', async () => {
    await openDeck('Falta una diapositiva');
    await expect.poll(() => page.locator('.translation-missing li').allTextContents(), POLL).toEqual(['immune-system-basics#t-cells']);
    await expect.poll(() => page.locator('.translation-status').textContent(), POLL).toMatch(/^1 slide has no Spanish wording yet/);
    await expect.poll(() => frameText('#preview-frame'), POLL).toContain('En inglés: esta diapositiva aún no tiene traducción');
    await page.getByRole('button', { name: 'Compare with English' }).click();
    await expect.poll(() => frameText('.preview-wrap-en iframe'), POLL).toContain('Your immune system is a defense team');
    await page.screenshot({ path: path.join(SHOTS, 'spanish-compare.png') });
    expect(pageErrors).toEqual([]);
  });

  it('presents a Spanish deck with a Spanish console and audience window', async () => {
    await openDeck('La inmunoterapia');
    await expect.poll(() => page.locator('#deck-language').inputValue(), POLL).toBe('es');
    const [audience] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Diapositiva 1 de \d+$/);
    const console = page.locator('#presenter');
    for (const label of ['Consola del presentador', 'Notas del presentador', 'Siguiente ▶', '◀ Anterior', 'Negro (B)', 'Terminar (Esc)'])
      await expect.poll(() => console.textContent(), POLL).toContain(label);
    expect(await page.locator('#presenter-next').textContent()).toMatch(/^Siguiente: /);
    expect(await page.locator('#presenter-clock').getAttribute('aria-label')).toBe('Tiempo transcurrido');
    expect(await page.locator('#presenter-pace').textContent()).toBe('A tiempo');
    await audience.waitForSelector('body.presenting');
    await expect.poll(() => audience.locator('html').getAttribute('lang'), POLL).toBe('es');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('#presenter-blank-state').textContent(), POLL).toBe('· el público ve una pantalla negra');
    await page.screenshot({ path: path.join(SHOTS, 'spanish-console.png') });
    for (const english of ['Speaker notes', 'Next ▶', 'Presenter console', 'Elapsed', 'Teach-back '])
      expect(await console.textContent(), english).not.toContain(english);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#session-summary').textContent(), POLL).toContain('Resumen de la sesión');
    expect(await page.locator('#summary-time').textContent()).toMatch(/^Presentó durante \d\d:\d\d\./);
    await page.getByRole('button', { name: 'Cerrar' }).click();
  });

  it('explains in plain words an export that stops on a slide without Spanish, and exports with the marked fallback', async () => {
    await openDeck('Falta una diapositiva');
    await expect.poll(() => page.locator('.translation-missing li').count(), POLL).toBe(1);
    await page.getByRole('button', { name: 'Export…' }).click();
    // The paper starts as the CLI's default: the paper of this machine's locale.
    expect(await page.getByLabel('Paper', { exact: true }).inputValue()).toBe(defaultPaper());
    const dialog = page.locator('#export-dialog');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const results = dialog.locator('#export-results');
    await expect.poll(() => results.textContent(), { timeout: 30_000 }).toContain('The export did not finish');
    const text = (await results.textContent()) ?? '';
    expect(text).toMatch(/Spanish|español/i);
    expect(text).toContain('topics/immune-system-basics.yaml');
    for (const jargon of ['SCHEMA', 'LANGUAGE', 'Error:', '    at ', 'undefined', 'deck:export'])
      expect(text, jargon).not.toContain(jargon);
    expect(await page.locator('#export-progress').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'export-failed-plain-words.png') });
    await dialog.getByLabel(/Show slides that have no wording in the deck’s language in English/).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => results.textContent(), { timeout: 30_000 }).toContain('Your file is ready');
    expect(await dialog.getByRole('link', { name: /^Download .*\.html$/ }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('switches the deck to English with the picker, and the translation panel goes away', async () => {
    await page.locator('#deck-settings summary').click();
    await page.getByLabel('Language', { exact: true }).selectOption('en');
    await expect.poll(() => page.locator('.translation').isHidden(), POLL).toBe(true);
    await expect.poll(() => frameText('#preview-frame'), POLL).toContain('Your immune system is a defense team');
  });
});
