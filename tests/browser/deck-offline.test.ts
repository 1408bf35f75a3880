import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, exportHtml } from '../helpers/build.js';
import { launchBrowser, settled } from '../helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests that left the file (any network attempt) and failures, console errors, page errors. */
  network: string[];
  failures: string[];
}

/** Build a deck, write it to disk, and open the file with every network request blocked. */
async function openDeck(deckFile: string): Promise<Opened> {
  const built = await buildDeck(deckFile);
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
  const written = await exportHtml(built.value, mkdtempSync(path.join(tmpdir(), 'immunodeck-browser-')));
  if (!written.ok) throw new Error('export failed');
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const network: string[] = [];
  const failures: string[] = [];
  await context.route(/^(?!file:|data:|about:)/, (route) => {
    network.push(route.request().url());
    return route.abort();
  });
  context.on('console', (m) => m.type() === 'error' && failures.push(`console: ${m.text()}`));
  context.on('weberror', (e) => failures.push(`page error: ${e.error().message}`));
  context.on('requestfailed', (r) => failures.push(`request failed: ${r.url()}`));
  context.on('dialog', (d) => failures.push(`dialog: ${d.message()}`));
  const page = await context.newPage();
  await page.goto(pathToFileURL(written.value).href);
  await page.waitForSelector('html[data-immunodeck-ready]');
  return { context, page, network, failures };
}

describe('exported HTML deck in Chromium, offline', () => {
  it('shows every slide with its text, slide numbers and notes, with no network request or error', async () => {
    const { context, page, network, failures } = await openDeck('tests/fixtures/library/decks/intro.yaml');
    expect(
      await page.evaluate(() =>
        (window as unknown as { immunodeck: { deck: { getTotalSlides(): number } } }).immunodeck.deck.getTotalSlides(),
      ),
    ).toBe(9);
    await expect.poll(() => page.locator('.slide-number').innerText()).toMatch(/1\s*\/\s*9/);
    await expect.poll(() => page.locator('section.present h1').innerText()).toBe('Checkpoint inhibitors');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('section.present h2').innerText()).toBe('Your immune system has brakes');
    expect(await page.locator('section.present li').allInnerTexts()).toEqual([
      'T cells are white blood cells that find and kill sick cells.',
      'Brakes called checkpoints stop T cells from hurting healthy cells.',
    ]);
    expect(await page.locator('section.present aside.notes').textContent()).toContain('Ask the listener to say in their own words');
    await page.keyboard.press('ArrowRight');
    // An SVG diagram is drawn in the page (core/render/diagram.ts), named by the slide's alt text.
    const diagram = page.locator('section.present figure svg.diagram');
    expect(await diagram.getAttribute('aria-label')).toBe('A T cell with a PD-1 brake; a medicine blocks PD-L1 from pressing it.');
    expect(
      await diagram.evaluate(
        (el: SVGSVGElement) => el.getBoundingClientRect().width > 100 && el.querySelectorAll('circle, rect').length === 2,
      ),
    ).toBe(true);
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
    await context.close();
  });

  it("opens the speaker view with the current slide's notes when S is pressed", async () => {
    const { context, page, failures } = await openDeck('tests/fixtures/library/decks/intro.yaml');
    await page.keyboard.press('ArrowRight');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(() => speaker.locator('.speaker-controls-notes .value').innerText(), { timeout: 10_000 })
      .toContain('Ask the listener to say in their own words');
    expect(failures).toEqual([]);
    await context.close();
  });

  it('opens the speaker view of a Spanish deck in Spanish, under the same CSP, with no English label', async () => {
    const { context, page, failures } = await openDeck('content/decks/intro-patients-es.yaml');
    await page.keyboard.press('ArrowRight');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    // The notes arriving proves the page's own script ran: its hash is in the deck's CSP.
    await expect.poll(() => speaker.locator('.speaker-controls-notes .value').innerText(), { timeout: 10_000 }).toContain('Pregunte:');
    expect(await speaker.locator('html').getAttribute('lang')).toBe('es');
    expect(await speaker.title()).toBe('Vista del presentador');
    expect(await speaker.locator('#upcoming-slide .label').innerText()).toMatch(/^siguiente$/i);
    expect(await speaker.locator('.speaker-controls-time h4').first().innerText()).toMatch(/^HORA\s+CLIC PARA REINICIAR$/i);
    expect(await speaker.locator('.speaker-controls-notes h4').innerText()).toMatch(/^notas del presentador$/i);
    expect(await speaker.locator('.speaker-layout-label').innerText()).toBe('Diseño: Normal');
    expect(await speaker.locator('.speaker-layout-dropdown option').allInnerTexts()).toEqual(['Normal', 'Ancho', 'Alto', 'Solo notas']);
    await expect.poll(() => speaker.locator('.clock-value').innerText()).toMatch(/^\d{1,2}:\d{2}\s?[ap]\.\s?m\.$/);
    // Everything the page itself says (the slide previews are frames of their own).
    const chrome = await speaker.locator('#upcoming-slide .label, #speaker-controls h4, #speaker-layout').allInnerTexts();
    expect(chrome.join(' ')).not.toMatch(/\b(Upcoming|Time|Click to Reset|Notes|Layout|Default|Wide|Tall|Pacing|AM|PM)\b/i);
    expect(failures).toEqual([]);
    await context.close();
  });

  it("shows reveal.js's keyboard help (?) in the deck's language: Spanish for a Spanish deck, English otherwise", async () => {
    const help = async (deck: string) => {
      const { context, page, failures } = await openDeck(deck);
      await page.keyboard.press('Shift+?');
      const overlay = page.locator('.r-overlay-help');
      await overlay.waitFor();
      const text = await overlay.innerText();
      await context.close();
      return { text, failures };
    };
    const es = await help('content/decks/intro-patients-es.yaml');
    expect(es.failures).toEqual([]);
    for (const label of [
      'Atajos de teclado',
      'TECLA',
      'ACCIÓN',
      'N , ESPACIO',
      'Diapositiva siguiente',
      'Pantalla completa',
      'Vista del presentador',
    ]) {
      expect(es.text).toContain(label);
    }
    expect(es.text).not.toMatch(
      /Keyboard Shortcuts|\bACTION\b|Next slide|Previous slide|Fullscreen|Slide overview|Jump to|Pause|Speaker notes|\bSPACE\b/,
    );
    const en = await help('tests/fixtures/library/decks/intro.yaml');
    expect(en.text).toContain('Keyboard Shortcuts');
    expect(en.text).toContain('Next slide');
  });

  it('does not run any hostile payload from a shared topic or deck file', async () => {
    const { context, page, network, failures } = await openDeck('tests/fixtures/hostile-library/decks/hostile.yaml');
    // Walk every slide and hover every link so lazy handlers would have fired.
    const total = await page.evaluate(() =>
      (window as unknown as { immunodeck: { deck: { getTotalSlides(): number } } }).immunodeck.deck.getTotalSlides(),
    );
    for (let i = 0; i < total; i++) {
      for (const link of await page.locator('section.present a').all()) await link.hover().catch(() => undefined);
      await page.keyboard.press('ArrowRight');
    }
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('iframe, .slides script, .slides style').count()).toBe(0);
    // The payload is visible as text, so the author can see and fix it.
    expect(await page.locator('section[data-key="hostile#1"] li').first().innerText()).toBe('<script>window.__pwned = ‘script’</script>');
    expect(network).toEqual([]);
    expect(failures).toEqual([]);
    await context.close();
  });
});
