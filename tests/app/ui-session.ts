import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from './app-harness.js';
import type { DeckServiceOptions } from '../../service/deck-service.js';

/**
 * Screenshots of each screen, for people to look at (not compared), so opt-in: taken only when
 * IMMUNODECK_SHOTS names a folder.
 */
export const SHOTS = process.env['IMMUNODECK_SHOTS'];
/** How long a UI expectation may take to come true. */
export const POLL = { timeout: 10_000 };
/** Screen sizes the app must fit. */
export const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** A browser on a running `immunodeck serve`, with page errors collected. */
export interface UiSession {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Save a screenshot of `target` (default: the page) as <SHOTS>/<name>.png; answers the path ('' when shots are off). */
  shot(name: string, target?: Page): Promise<string>;
  close(): Promise<void>;
}

/** Start the app over the fixture library and open the UI at 1366×768. */
export async function openUi(options: Partial<DeckServiceOptions> = {}): Promise<UiSession> {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  const app = await startTestApp(options);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  };
  watch(page);
  context.on('page', watch);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready]');
  const shot = async (name: string, target: Page = page) => {
    if (!SHOTS) return '';
    const file = path.join(SHOTS, `${name}.png`);
    await target.screenshot({ path: file });
    return file;
  };
  return {
    app,
    browser,
    context,
    page,
    errors,
    shot,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Add whole topics to the deck by their titles, through the library's buttons. */
export async function addTopics(page: Page, titles: string[]): Promise<void> {
  for (const title of titles) await page.getByRole('button', { name: `Add topic “${title}”` }).click();
}
