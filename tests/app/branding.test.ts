import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium } from '../../core/export/start-chromium.js';
import { addTopics, openUi, POLL, type UiSession } from './ui-session.js';

let ui: UiSession;
let page: Page;

/** The PDF's text as pdftotext reads it. */
const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\u00ad/g, '');
const exportButton = () => page.locator('#export-dialog').getByRole('button', { name: 'Export', exact: true });

beforeAll(async () => {
  ui = await openUi({ startPdfEngine: startChromium });
  page = ui.page;
  await addTopics(page, ['Side effects to report', 'T cells, the body’s defenders']);
  await page.getByLabel('Deck title').fill('Before your first infusion');
  await page.locator('#deck-settings summary').click();
});

afterAll(async () => {
  await ui?.close();
});

describe('the branding panel (immunodeck serve, Chromium)', () => {
  it('checks a colour’s contrast as you type and applies the suggested colour in one click', async () => {
    const primary = page.getByLabel('Primary colour (headings and links)', { exact: true });
    await primary.fill('#ffd43b');
    const verdict = page.locator('#brand-primaryColor-contrast');
    await expect.poll(() => verdict.textContent(), POLL).toMatch(/^⚠ Hard to read: contrast 1\.\d\d:1 on the Clinical .*needs 4\.5:1/);
    const fix = verdict.getByRole('button', { name: /^Use #[0-9a-f]{6} instead$/ });
    const suggested = await fix.getAttribute('data-color');
    await fix.click();
    expect(await primary.inputValue()).toBe(suggested);
    await expect.poll(() => verdict.textContent(), POLL).toMatch(/^✓ Easy to read: contrast [4-9]\.\d\d:1/);
    await page.getByLabel('Accent colour (bullets, callout borders, subtitles)', { exact: true }).fill('#0f766e');
    await expect.poll(() => page.locator('#brand-accentColor-contrast').textContent(), POLL).toContain('Easy to read');
    await ui.shot('branding-panel');
  });

  it('refuses a phone number the deck would refuse, next to the field', async () => {
    const phone = page.getByLabel('Care team phone');
    await phone.fill('call the ward');
    await expect.poll(() => page.locator('#brand-phone-problem').textContent(), POLL).toContain('e.g. (555) 010-0199');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await phone.fill('(555) 010-0199');
    await expect.poll(() => page.locator('#brand-phone-problem').count(), POLL).toBe(0);
    await page.getByLabel('Footer text').fill('Oncology Day Unit');
    await page.getByLabel('Institution').fill('Riverside Cancer Centre');
  });

  it('prints the date in the deck’s language, never as an ISO date', async () => {
    await page.getByLabel('Date', { exact: true }).fill('2026-03-14');
    await expect.poll(() => page.locator('#deck-date-shown').textContent(), POLL).toBe('Printed as “March 14, 2026”');
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => page.locator('#deck-date-shown').textContent(), POLL).toBe('Printed as “14 de marzo de 2026”');
    await page.getByLabel('Language', { exact: true }).selectOption('en');
    const title = () =>
      page
        .frameLocator('#preview-frame')
        .locator('.reveal .slides > section.layout-title')
        .first()
        .textContent({ timeout: 3000 })
        .catch(() => '');
    await expect.poll(title, POLL).toContain('March 14, 2026');
    const text = (await title()) ?? '';
    expect(text).not.toContain('2026-03-14');
    // The institution shows once on the title slide (in the byline), not again in its footer.
    expect(text.split('Riverside Cancer Centre').length - 1).toBe(1);
    expect(text).toContain('Oncology Day Unit');
  });

  it('lists logos only, not the clinical pictures, and adds a logo file into images/logos/', async () => {
    const options = () => page.locator('#deck-logo option').allTextContents();
    expect(await options()).toEqual(['No logo']);
    await page.locator('#logo-file').setInputFiles({
      name: 'Riverside Logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#1d4f91"/></svg>',
      ),
    });
    await expect
      .poll(options, POLL)
      .toEqual(['No logo', 'riverside-logo.svg'])
      .catch(async (e) => {
        throw new Error(`${String(e)}; status: ${await page.locator('#status').textContent()}`);
      });
    expect(await page.locator('#deck-logo').inputValue()).toBe('images/logos/riverside-logo.svg');
    expect(await readdir(path.join(ui.app.content, 'images', 'logos'))).toEqual(['riverside-logo.svg']);
  });

  it('carries the phone, colours, footer, date and logo into the exported HTML and leaflet', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByLabel(/Take-home leaflet PDF/).check();
    await exportButton().click();
    await expect.poll(() => page.locator('#export-results').textContent(), { timeout: 90_000 }).toContain('ready');
    const files = await readdir(ui.app.exportDir);
    const html = await readFile(
      path.join(
        ui.app.exportDir,
        files.find((f) => f.endsWith('.html'))!,
      ),
      'utf8',
    );
    const primary = await page.getByLabel('Primary colour (headings and links)', { exact: true }).inputValue();
    for (const text of [`--id-heading:${primary}`, '--id-accent:#0f766e', 'Oncology Day Unit · Riverside Cancer Centre', 'March 14, 2026'])
      expect(html.includes(text), text).toBe(true);
    expect(/<img class="title-logo" src="data:image\/svg\+xml/.test(html), 'title slide logo').toBe(true);
    const leaflet = pdfText(
      path.join(
        ui.app.exportDir,
        files.find((f) => /leaflet/.test(f))!,
      ),
    );
    expect(leaflet).toContain('(555) 010-0199');
    expect(leaflet).toContain('Riverside Cancer Centre');
    await page.locator('#export-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
