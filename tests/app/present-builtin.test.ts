/**
 * Presenting a built-in deck as a nurse would: its notes are folded YAML, so each "Ask: …" prompt
 * sits mid-paragraph. The console must still pull every one out for teach-back.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUi, POLL, type UiSession } from './ui-session.js';

let ui: UiSession;
let page: Page;

beforeAll(async () => {
  ui = await openUi({ contentRoot: path.resolve('content') });
  page = ui.page;
});

afterAll(async () => {
  await ui?.close();
});

describe('presenting the built-in intro deck (immunodeck serve, Chromium)', () => {
  it('lists the teach-back questions of its notes in the console, apart from the notes', async () => {
    await page.locator('#ready-decks .ready-deck', { hasText: 'introduction' }).first().click();
    await page.waitForSelector('#preview-wrap[data-state="ready"]');
    await Promise.all([ui.context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
    await expect.poll(() => page.locator('#presenter').isVisible(), POLL).toBe(true);
    const questions = page.locator('#teach-back-list li');
    await expect.poll(() => questions.count(), POLL).toBeGreaterThan(10);
    // Slide 3 ("The immune system has brakes") asks why the body needs brakes.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const now = page.locator('#teach-back-list li.now');
    await expect.poll(() => now.first().textContent(), POLL).toMatch(/\?/);
    expect(await page.locator('#presenter-notes').textContent()).not.toContain('Ask:');
    await ui.shot('present-builtin-intro-1366x768');
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
