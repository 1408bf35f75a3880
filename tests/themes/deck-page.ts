import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDeck, exportHtml, type BuildOptions, type BuiltDeck } from '../helpers/build.js';
import { packageFile } from '../../core/paths.js';

/** The axe-core source, injected into deck pages (the deck's CSP allows only its own scripts, so contexts bypass it). */
const AXE_SOURCE = readFileSync(packageFile('axe-core/axe.min.js'), 'utf8');

/** A built deck open in Chromium at 1280×720, ready to drive slide by slide. */
export interface OpenDeck {
  built: BuiltDeck;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
}

/** Build a deck, write it to a temporary folder and open it with transitions off and fonts loaded. */
export async function openDeck(browser: Browser, deckFile: string, options: BuildOptions = {}): Promise<OpenDeck> {
  const built = await buildDeck(deckFile, options);
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics, null, 2));
  const written = await exportHtml(built.value, mkdtempSync(path.join(tmpdir(), 'immunodeck-themes-')));
  if (!written.ok) throw new Error(JSON.stringify(written.diagnostics));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  const errors: string[] = [];
  context.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  context.on('weberror', (e) => errors.push(`page error: ${e.error().message}`));
  const page = await context.newPage();
  await page.goto(pathToFileURL(written.value).href);
  await page.waitForSelector('html[data-immunodeck-ready]');
  await page.evaluate(async () => {
    await document.fonts.ready;
    (window as unknown as DeckWindow).immunodeck.deck.configure({ transition: 'none', backgroundTransition: 'none' });
  });
  await page.addScriptTag({ content: AXE_SOURCE });
  return { built: built.value, context, page, errors };
}

interface DeckWindow {
  immunodeck: { deck: { slide(h: number): void; getIndices(): { h: number }; configure(o: object): void; getTotalSlides(): number } };
  axe: { run(context: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> };
}

/** One axe finding, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Show slide `index` (0-based) and wait until deck-fit.js has measured it. */
export async function showSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => (window as unknown as DeckWindow).immunodeck.deck.slide(i), index);
  await page.waitForSelector('.reveal .slides section.present[data-fit]');
}

/** The 0-based index of the current slide. */
export async function currentSlide(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as DeckWindow).immunodeck.deck.getIndices().h);
}

/**
 * Run axe over the page as the audience sees it: everything except the slides reveal.js hides
 * (they carry aria-hidden and are checked when they are shown). Returns readable violation lines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as DeckWindow).axe.run(
      { exclude: [['.reveal .slides section:not(.present)']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}
