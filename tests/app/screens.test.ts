/**
 * Every screen of the app at the sizes it must fit (1024×768, 1366×768, 1920×1080), through
 * `immunodeck serve` in Chromium: each is checked for what a user needs to see (nothing cut off
 * sideways, the preview a useful size) and saved as a PNG for people to look at
 * (IMMUNODECK_SHOTS, default /tmp/immunodeck-shots).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium } from '../../core/export/start-chromium.js';
import { openUi, POLL, SIZES, type UiSession } from './ui-session.js';
import { settled } from '../helpers/browser.js';

let ui: UiSession;
let page: Page;

beforeAll(async () => {
  ui = await openUi({ startPdfEngine: startChromium });
  page = ui.page;
});

afterAll(async () => {
  await ui?.close();
});

/** Nothing of the page is cut off sideways (no horizontal scrolling). */
const fitsSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
/** The preview frame's size on screen. */
const previewBox = () => page.locator('#preview-wrap').boundingBox();

async function shootAll(name: string, sizes: readonly { width: number; height: number }[] = SIZES): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await settled(page);
    expect(await fitsSideways(), `${name} at ${size.width}×${size.height}`).toBe(true);
    await ui.shot(`${name}-${size.width}x${size.height}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('every screen fits (immunodeck serve, Chromium)', () => {
  it('first run: the ready-made decks first', async () => {
    await shootAll('01-first-run');
  });

  it('at 1024×768 an opened deck folds the library away so the preview keeps a useful size', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page
      .getByRole('button', { name: /Checkpoint inhibitors/ })
      .first()
      .click();
    await page.waitForSelector('#preview-wrap[data-state="ready"]');
    await expect.poll(() => page.locator('#library').isVisible(), POLL).toBe(false);
    expect((await previewBox())!.width).toBeGreaterThan(600);
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('“» Library” brings it back');
    await ui.shot('02-builder-1024x768-library-folded');
    await page.getByRole('button', { name: '» Library' }).click();
    expect(await page.locator('#library').isVisible()).toBe(true);
    expect((await previewBox())!.width).toBeGreaterThan(380);
    expect(await fitsSideways()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('the deck builder with a deck open', async () => {
    await shootAll('03-builder');
  });

  it('deck settings and branding', async () => {
    await page.locator('#deck-settings summary').click();
    await page.getByLabel('Primary colour (headings and links)', { exact: true }).fill('#f5c518');
    // Scroll the deck pane (not the page) to the branding fields.
    await page.locator('#deck-settings').evaluate((el) => {
      const pane = el.closest('.pane')!;
      pane.scrollTop = (el as HTMLElement).offsetTop - (pane as HTMLElement).offsetTop + 200;
    });
    await shootAll('04-settings-branding');
    await page.getByLabel('Primary colour (headings and links)', { exact: true }).fill('');
    await page.locator('#deck-settings summary').click();
  });

  it('the slide editor, as a form and as YAML', async () => {
    await page.getByRole('button', { name: 'Edit topic “How checkpoint inhibitors work”' }).click();
    await expect.poll(() => page.locator('#slide-form').isVisible(), POLL).toBe(true);
    await shootAll('05-editor-form');
    await page.getByRole('tab', { name: 'YAML' }).click();
    await shootAll('06-editor-yaml', [SIZES[1], SIZES[2]]);
    await page.locator('#editor-close').click();
  });

  it('the open and new-topic dialogs', async () => {
    await page.getByRole('button', { name: 'Open deck…' }).click();
    await shootAll('07-open-dialog', [SIZES[1], SIZES[2]]);
    await page.locator('#open-dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'New topic…' }).click();
    await shootAll('08-new-topic-dialog', [SIZES[1], SIZES[2]]);
    await page.keyboard.press('Escape');
  });

  it('the export dialog, before and after', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await shootAll('09-export-dialog', [SIZES[1], SIZES[2]]);
    await page.getByLabel('Handout PDF (several slides per page, to print)').check();
    await page.locator('#export-dialog').getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.locator('#export-results').textContent(), { timeout: 90_000 }).toContain('ready');
    await shootAll('10-export-done', [SIZES[1], SIZES[2]]);
    await page.locator('#export-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('the presenter console, the audience window and the session summary', async () => {
    const [audience] = await Promise.all([ui.context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
    await audience.waitForSelector('body.presenting');
    await page.keyboard.press('ArrowRight');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await settled(page);
      // The whole console fits: the Next button and the clock are on screen without scrolling.
      for (const id of ['#presenter-next-button', '#presenter-clock', '#presenter-notes'])
        expect(
          await page.locator(id).evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight),
          `${id} ${size.width}`,
        ).toBe(true);
      await ui.shot(`11-presenter-${size.width}x${size.height}`);
      await audience.setViewportSize(size);
      await ui.shot(`12-audience-${size.width}x${size.height}`, audience);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#session-summary').isVisible(), POLL).toBe(true);
    // This deck's notes have no "Ask:" lines: the summary says so instead of two empty lists.
    expect(await page.locator('#summary-time').textContent()).toContain('No teach-back questions in these notes');
    expect(await page.locator('#summary-missed').isVisible()).toBe(false);
    await shootAll('13-session-summary', [SIZES[1], SIZES[2]]);
    await page.locator('#summary-close').click();
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
