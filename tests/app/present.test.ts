import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTopics, openUi, POLL, SIZES, type UiSession } from './ui-session.js';
import { settled } from '../helpers/browser.js';

let ui: UiSession;
let page: Page;
let audience: Page;

/** Text of the slide reveal.js shows in the audience window. */
const audienceSlide = () =>
  audience
    .frameLocator('#audience-frame')
    .locator('.reveal .slides > section.present')
    .textContent({ timeout: 3000 })
    .catch(() => '');

beforeAll(async () => {
  ui = await openUi();
  page = ui.page;
  await addTopics(page, ['Side effects to report', 'T cells, the body’s defenders']);
  await page.getByLabel('Deck title').fill('Before your first infusion');
  await page.waitForSelector('#preview-wrap[data-state="ready"]');
});

afterAll(async () => {
  await ui?.close();
});

describe('presenting on two screens (immunodeck serve, Chromium)', () => {
  it('opens the console and an audience window that follows it', async () => {
    [audience] = await Promise.all([ui.context.waitForEvent('page'), page.getByRole('button', { name: '▶ Present' }).click()]);
    await expect.poll(() => page.locator('#presenter').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 1 of \d+$/);
    await audience.waitForSelector('body.presenting');
    await expect.poll(audienceSlide, POLL).toContain('Before your first infusion');
    await expect.poll(() => page.locator('#presenter-audience-state').getAttribute('data-open'), POLL).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 2 of/);
    await expect.poll(audienceSlide, POLL).toContain('Call us straight away');
    expect(await page.locator('#presenter-notes').textContent()).toContain('24-hour number');
    expect(await page.locator('#presenter-next').textContent()).toBe('Next: Common side effects');
  });

  it('never puts notes in the audience window', async () => {
    const frame = audience.frames().find((f) => f.url().includes('/preview/'));
    expect(frame).toBeDefined();
    const html = (await audience.content()) + (await frame!.content());
    expect(html).toContain('Call us straight away');
    for (const note of ['24-hour number', 'Fatigue is the side effect', 'night-watch picture', 'class="notes"'])
      expect(html, note).not.toContain(note);
  });

  it('follows the keys: space, B black, W white, number + Enter, Home/End, and keys pressed in the audience window', async () => {
    await page.keyboard.press('b');
    await expect.poll(() => audience.locator('#audience-blank').getAttribute('data-blank'), POLL).toBe('black');
    expect(await page.locator('#presenter-blank-state').textContent()).toContain('black screen');
    await page.keyboard.press('b');
    await expect.poll(() => audience.locator('#audience-blank').getAttribute('data-blank'), POLL).toBe('none');
    await page.keyboard.press('w');
    await expect.poll(() => audience.locator('#audience-blank').getAttribute('data-blank'), POLL).toBe('white');
    await page.keyboard.press(' ');
    await expect.poll(() => audience.locator('#audience-blank').getAttribute('data-blank'), POLL).toBe('none');
    await expect.poll(audienceSlide, POLL).toContain('Common side effects');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 4 of/);
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 1 of/);
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#presenter-position').textContent(), POLL).toMatch(/^Slide 2 of/);
    await page.getByLabel('Go to slide').selectOption({ label: '3. Common side effects' });
    await expect.poll(audienceSlide, POLL).toContain('Common side effects');
    // The console's small "next" picture follows too.
    const nextSlide = () =>
      page
        .frameLocator('#presenter-next-frame')
        .locator('.reveal .slides > section.present')
        .textContent({ timeout: 3000 })
        .catch(() => '');
    await expect.poll(nextSlide, POLL).toContain('Meet your T cells');
    await page.locator('#presenter-next-button').focus();
  });

  it('shows the pace against the target and the teach-back questions, ticked off as asked', async () => {
    expect(await page.locator('#presenter-clock').textContent()).toMatch(/^\d\d:\d\d$/);
    expect(await page.locator('#presenter-time').textContent()).toMatch(/\d/);
    await page.getByLabel('Target (minutes)').fill('1');
    await expect.poll(() => page.locator('#presenter-pace').textContent(), POLL).toMatch(/On time|behind|ahead/);
    const now = page.locator('#teach-back-list li.now');
    await expect.poll(() => now.textContent(), POLL).toContain('Which of these would you tell us about?');
    // The prompt is shown apart, not in the notes.
    expect(await page.locator('#presenter-notes').textContent()).not.toContain('Ask:');
    await now.getByRole('checkbox').check();
    await expect.poll(() => page.locator('#teach-back-count').textContent(), POLL).toBe('· 1 of 2 asked');
  });

  it('takes screenshots of the console and the audience window at every size', async () => {
    await settled(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await settled(page);
      await ui.shot(`present-console-${size.width}x${size.height}`);
    }
    await audience.setViewportSize({ width: 1366, height: 768 });
    await settled(audience);
    await ui.shot('present-audience-1366x768', audience);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('with one screen, shows only the slide in this window and comes back', async () => {
    await page.getByRole('button', { name: 'Show audience view here' }).click();
    await expect.poll(() => page.locator('.presenter-side').isVisible(), POLL).toBe(false);
    expect(await page.locator('#presenter-frame').isVisible()).toBe(true);
    await ui.shot('present-one-screen-1366x768');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter-side').isVisible(), POLL).toBe(true);
  });

  it('ends with Esc: the audience window closes and the summary lists the questions asked and missed', async () => {
    const closed = audience.waitForEvent('close');
    await page.locator('#presenter-next-button').focus();
    await page.keyboard.press('Escape');
    await closed;
    await expect.poll(() => page.locator('#session-summary').isVisible(), POLL).toBe(true);
    expect(await page.locator('#summary-asked').textContent()).toContain('Which of these would you tell us about?');
    expect(await page.locator('#summary-missed').textContent()).toContain('When would you call the 24-hour number?');
    await ui.shot('present-summary-1366x768');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await page.locator('#presenter').isVisible()).toBe(false);
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
