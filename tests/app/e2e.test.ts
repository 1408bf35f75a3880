import { readdir, readFile, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, settled } from '../helpers/browser.js';
import { startChromium } from '../../core/export/start-chromium.js';
import { startTestApp, type TestApp } from './app-harness.js';

/** Screenshots of each screen, for people to look at (not compared). */
const SHOTS = process.env['IMMUNODECK_SHOTS'] ?? '/tmp/immunodeck-shots';
const POLL = { timeout: 10_000 };
const require = createRequire(import.meta.url);

// The fixture folder is opened as an educator's own folder; the built-in topics are listed after its own.
const OWN_CARD = '#topic-list .topic-card:not(:has(.origin-builtin))';

let app: TestApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const deckTitles = () => page.locator('#deck-list .item-title').allTextContents();
/** All slide text of the deck in the preview frame (every slide, not only the one showing). */
const previewText = () =>
  page
    .frameLocator('#preview-frame')
    .locator('.reveal .slides')
    .textContent({ timeout: 5000 })
    .catch(() => '');
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  // The browser launched, so PDF export must be available too: it is tested, never skipped.
  app = await startTestApp({ startPdfEngine: startChromium });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready]');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('ImmunoDeck UI in Chromium (immunodeck serve)', () => {
  it('opens the library; search and filters narrow the topics', async () => {
    await expect.poll(() => page.locator(OWN_CARD).count(), POLL).toBe(4);
    expect(page.url()).not.toContain('token=');
    await page.getByLabel('Search topics').fill('car-t');
    await expect.poll(() => page.locator(`${OWN_CARD} h3`).allTextContents(), POLL).toEqual(['CAR-T cell therapy']);
    await page.getByLabel('Search topics').fill('');
    await page.getByLabel('Category').selectOption('side-effects');
    await expect.poll(() => page.locator(`${OWN_CARD} h3`).allTextContents(), POLL).toEqual(['Side effects to report']);
    await page.getByLabel('Category').selectOption('');
    await page.getByLabel('Audience', { exact: true }).selectOption('professional');
    await expect.poll(() => page.locator(OWN_CARD).count(), POLL).toBe(3);
    await page.getByLabel('Audience', { exact: true }).selectOption('');
    await shot('1-library');
  });

  it('builds a deck from three topics and shows their slides in the preview', async () => {
    await page.getByRole('button', { name: /Add topic “T cells/ }).click();
    await page.getByRole('button', { name: 'Add topic “CAR-T cell therapy”' }).click();
    await page.getByRole('button', { name: 'Add topic “Side effects to report”' }).click();
    expect(await deckTitles()).toEqual(['T cells, the body’s defenders', 'CAR-T cell therapy', 'Side effects to report']);
    await page.getByLabel('Deck title').fill('Starting immunotherapy');
    await expect.poll(previewText, POLL).toContain('Meet your T cells');
    await expect.poll(previewText, POLL).toContain('Starting immunotherapy');
    await shot('2-builder-preview');
  });

  it('has no serious accessibility problems (axe-core, WCAG 2 A/AA)', async () => {
    // Evaluated over the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run({ exclude: [['#preview-frame']] }, { runOnly: ['wcag2a', 'wcag2aa'], iframes: false });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });

  it('reorders with the keyboard (Alt+Arrow) and by drag and drop, and removes with Delete', async () => {
    await page.locator('#deck-list .deck-item').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await deckTitles()).toEqual(['CAR-T cell therapy', 'T cells, the body’s defenders', 'Side effects to report']);
    await expect.poll(() => page.locator('#deck-list .deck-item:focus').getAttribute('data-index'), POLL).toBe('1');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await deckTitles()).toEqual(['T cells, the body’s defenders', 'CAR-T cell therapy', 'Side effects to report']);
    const items = page.locator('#deck-list .deck-item');
    await items.nth(2).dragTo(items.nth(0), { targetPosition: { x: 40, y: 4 } });
    await expect.poll(deckTitles, POLL).toEqual(['Side effects to report', 'T cells, the body’s defenders', 'CAR-T cell therapy']);
    await page.locator('.topic-card', { hasText: 'How checkpoint inhibitors work' }).locator('summary').click();
    await page.getByRole('button', { name: 'Add slide “Your immune system has brakes”' }).click();
    await expect.poll(deckTitles, POLL).toHaveLength(4);
    await page.locator('#deck-list .deck-item').nth(3).focus();
    await page.keyboard.press('Delete');
    await expect.poll(deckTitles, POLL).toEqual(['Side effects to report', 'T cells, the body’s defenders', 'CAR-T cell therapy']);
  });

  it('switches the audience and the preview follows', async () => {
    await page.getByLabel('Professionals').check();
    await expect.poll(previewText, POLL).toContain('T-cell surveillance');
    expect(await previewText()).not.toContain('Meet your T cells');
    await page.getByLabel('Patients & families').check();
    await expect.poll(previewText, POLL).toContain('Meet your T cells');
  });

  it('shows a topic broken on disk with file:line, opens the editor at that line, and the fix clears it', async () => {
    const file = path.join(app.content, 'topics/car-t-therapy.yaml');
    const good = await readFile(file, 'utf8');
    const broken = good.replace('layout: table', 'layout: tabel');
    const line = broken.split('\n').findIndex((l) => l.includes('tabel')) + 1;
    await writeFile(file, broken);
    const problem = page.locator('#problem-list .problem-link', { hasText: `topics/car-t-therapy.yaml:${line}:` });
    await expect.poll(() => problem.count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#preview-wrap').getAttribute('data-state'), POLL).toBe('error');
    await problem.first().click();
    const editor = page.getByLabel('Topic file text (YAML)');
    await expect.poll(() => editor.isVisible(), POLL).toBe(true);
    const selected = await editor.evaluate((t) => {
      const area = t as unknown as { value: string; selectionStart: number; selectionEnd: number };
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toContain('layout: tabel');
    await expect.poll(() => page.locator('#editor-problems li').count(), POLL).toBeGreaterThan(0);
    await shot('3-problems-editor');
    await editor.fill(good.replace('Your cells, trained in a lab', 'Your own cells, trained in a lab'));
    await page.getByRole('button', { name: 'Save topic' }).click();
    await expect.poll(() => page.locator('#problem-list .problem-link', { hasText: 'car-t-therapy.yaml' }).count(), POLL).toBe(0);
    await expect.poll(previewText, POLL).toContain('Your own cells, trained in a lab');
    expect(await readFile(file, 'utf8')).toContain('Your own cells');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('protects unsaved changes, then saves the deck as valid YAML and lists it as recent', async () => {
    await page.getByRole('button', { name: 'New deck' }).click();
    // The app asks in its own dialog, never window.confirm.
    await page.locator('dialog.choice-dialog').getByRole('button', { name: 'Keep editing' }).click();
    expect(await deckTitles()).toHaveLength(3);
    await page.getByRole('button', { name: 'Save deck' }).click();
    await expect.poll(() => page.locator('#deck-file').textContent(), POLL).toBe('decks/starting-immunotherapy.yaml');
    const saved = parse(await readFile(path.join(app.content, 'decks/starting-immunotherapy.yaml'), 'utf8')) as {
      topics: unknown[];
      audience: string;
    };
    expect(saved).toMatchObject({ audience: 'patient', topics: ['side-effects-care', 't-cell-basics', 'car-t-therapy'] });
    await page.getByRole('button', { name: 'Open deck…' }).click();
    await expect.poll(() => page.locator('#open-recent-decks').textContent(), POLL).toContain('Starting immunotherapy');
    await page.locator('#open-dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports HTML, slides PDF and a handout with progress, and shows where the files are', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    // Options that do not apply are disabled: the handout layout without a handout, paper for HTML only.
    expect(await page.getByLabel('Handout: slides per page').isDisabled()).toBe(true);
    expect(await page.getByLabel('Paper').isDisabled()).toBe(true);
    expect(await page.locator('#export-progress').isVisible()).toBe(false);
    await page.getByLabel('Slides as PDF').check();
    await page.getByLabel('Handout PDF (several slides per page, to print)').check();
    await page.getByLabel('Handout: slides per page').selectOption('6');
    await page.getByLabel('Paper').selectOption('letter');
    await page.locator('#export-dialog').getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.locator('#export-results').textContent(), { timeout: 60_000 }).toContain('starting-immunotherapy.html');
    expect(
      await page
        .locator('#export-progress')
        .evaluate((p) => (p as unknown as { value: number; max: number }).value === (p as unknown as { max: number }).max),
    ).toBe(true);
    // A browser cannot open a file manager: each file is a download link, served from the export folder.
    expect(await page.locator('#export-progress').isVisible()).toBe(false);
    const link = page.getByRole('link', { name: 'Download starting-immunotherapy-handout-6up-letter.pdf' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('starting-immunotherapy-handout-6up-letter.pdf');
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    await shot('4-export-dialog');
    const html = await readFile(path.join(app.exportDir, 'starting-immunotherapy.html'), 'utf8');
    expect(html).toContain('Your own cells, trained in a lab');
    const files = (await readdir(app.exportDir)).sort();
    expect(files).toEqual(['starting-immunotherapy-handout-6up-letter.pdf', 'starting-immunotherapy.html', 'starting-immunotherapy.pdf']);
    for (const pdf of files.filter((f) => f.endsWith('.pdf')))
      expect((await readFile(path.join(app.exportDir, pdf))).subarray(0, 5).toString()).toBe('%PDF-');
    await page.locator('#export-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('presents with speaker notes, next slide and a timer (two screens: present.test.ts)', async () => {
    const audience = page.context().waitForEvent('page');
    await page.getByRole('button', { name: '▶ Present' }).click();
    await audience;
    await expect.poll(() => page.locator('#presenter').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 1 of \d+$/);
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 2 of/);
    expect(await page.locator('#presenter-notes').textContent()).toContain('24-hour number');
    expect(await page.locator('#presenter-clock').textContent()).toMatch(/^\d\d:\d\d$/);
    await settled(page); // let the fade transition end, for a clear picture
    await shot('5-presenter');
    await page.getByRole('button', { name: 'End (Esc)' }).click();
    await expect.poll(() => page.locator('#presenter').isVisible(), POLL).toBe(false);
    await page.locator('#session-summary').getByRole('button', { name: 'Close' }).click();
  });

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
