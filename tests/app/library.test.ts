import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUi, POLL, SIZES, type UiSession } from './ui-session.js';
import { settled } from '../helpers/browser.js';

// The fixture folder is opened as an educator's own folder, so the built-in topics are listed after
// its own (marked .origin-builtin); these tests are about the folder's own four topics.
const OWN_CARD = '#topic-list .topic-card:not(:has(.origin-builtin))';

let ui: UiSession;
let page: Page;

const cards = () => page.locator(`${OWN_CARD} h3`).allTextContents();
const deckTitles = () => page.locator('#deck-list .item-title').allTextContents();
const search = (q: string) => page.getByLabel('Search topics').fill(q);

beforeAll(async () => {
  ui = await openUi();
  page = ui.page;
});

afterAll(async () => {
  await ui?.close();
});

describe('first run, search and guarding against mistakes (immunodeck serve, Chromium)', () => {
  it('opens with the ready-made decks first, and a toolbar that fits an empty deck', async () => {
    await expect.poll(() => page.locator('#ready-decks').isVisible(), POLL).toBe(true);
    expect(await page.locator('#ready-decks h3').textContent()).toBe('Start from a ready-made deck');
    expect(await page.locator('#ready-decks .ready-title').allTextContents()).toContain('Checkpoint inhibitors');
    expect(await page.getByRole('button', { name: 'Save deck' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export…' }).getAttribute('title')).toBe('Add topics to the deck first');
    // Present and Export look disabled but stay focusable, and say why when used.
    expect(await page.getByRole('button', { name: '▶ Present' }).getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('button', { name: 'Export…' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#status').textContent(), POLL)
      .toBe('Add topics to the deck first: there is nothing to export yet.');
    expect(await page.locator('#export-dialog').isVisible()).toBe(false);
    expect(await page.locator('#deck-empty').textContent()).toContain('ready-made deck');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await ui.shot(`first-run-${size.width}x${size.height}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('finds CAR-T however it is written, and fatigue in slide notes', async () => {
    for (const q of ['CAR-T', 'car t', 'CART']) {
      await search(q);
      await expect.poll(cards, POLL).toEqual(['CAR-T cell therapy']);
    }
    await search('fatigue');
    await expect.poll(cards, POLL).toEqual(['Side effects to report']);
    // The slide that mentions it is marked and shown.
    await expect
      .poll(() => page.locator(`${OWN_CARD} .slide-picks li.hit`).allTextContents(), POLL)
      .toEqual([expect.stringContaining('Common side effects')]);
    await ui.shot('search-fatigue-1366x768');
    await search('zebra crossing');
    await expect.poll(() => page.locator('.nothing-matches').textContent(), POLL).toContain('Nothing matches “zebra crossing”');
    await search('');
  });

  it('counts the slides the chosen audience will see', async () => {
    const count = page.locator(OWN_CARD, { hasText: 'T cells, the body' }).locator('.slide-count');
    expect(await count.textContent()).toMatch(/^\d+ slides? for patients$/);
    await page.getByLabel('Professionals').check();
    await expect.poll(() => count.textContent(), POLL).toMatch(/for professionals$/);
    await page.getByLabel('Patients & families').check();
  });

  it('previews a library slide before adding it', async () => {
    const card = page.locator(OWN_CARD, { hasText: 'Side effects to report' });
    if ((await card.locator('details').getAttribute('open')) === null) await card.locator('summary').click();
    await card.getByRole('button', { name: 'Preview slide “Call us straight away”' }).click();
    const dialog = page.locator('dialog.peek-dialog');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    await expect
      .poll(
        () =>
          dialog
            .frameLocator('iframe')
            .locator('.reveal .slides > section.present')
            .textContent({ timeout: 3000 })
            .catch(() => ''),
        POLL,
      )
      .toContain('Call us straight away');
    await settled(page);
    await ui.shot('slide-preview-1366x768');
    await dialog.getByRole('button', { name: 'Add to deck' }).click();
    await expect.poll(deckTitles, POLL).toEqual(['Call us straight away']);
  });

  it('warns when a topic or slide is added twice, in its own dialog', async () => {
    await page.locator(OWN_CARD).getByRole('button', { name: 'Add topic “Side effects to report”' }).click();
    const dialog = page.locator('dialog.choice-dialog');
    await expect.poll(() => dialog.textContent(), POLL).toContain('Some slides of this topic are already in the deck');
    await ui.shot('duplicate-warning-1366x768');
    await dialog.getByRole('button', { name: 'Don’t add' }).click();
    expect(await deckTitles()).toEqual(['Call us straight away']);
    await page.locator(OWN_CARD).getByRole('button', { name: 'Add slide “Call us straight away”' }).click();
    await expect.poll(() => dialog.textContent(), POLL).toContain('This slide is already in the deck.');
    await dialog.getByRole('button', { name: 'Add it again' }).click();
    await expect.poll(deckTitles, POLL).toEqual(['Call us straight away', 'Call us straight away']);
  });

  it('undoes and redoes every deck change with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await page.locator(OWN_CARD).getByRole('button', { name: 'Add topic “CAR-T cell therapy”' }).click();
    await page.getByLabel('Deck title').fill('Side effects talk');
    await page.locator('#deck-list').click({ position: { x: 5, y: 5 } });
    await page.locator('body').press('Control+z');
    await expect.poll(() => page.getByLabel('Deck title').inputValue(), POLL).toBe('New deck');
    await page.locator('body').press('Control+z');
    await expect.poll(deckTitles, POLL).toEqual(['Call us straight away', 'Call us straight away']);
    await page.locator('body').press('Control+z');
    await expect.poll(deckTitles, POLL).toEqual(['Call us straight away']);
    await page.locator('body').press('Control+Shift+z');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(deckTitles, POLL).toEqual(['Call us straight away', 'Call us straight away', 'CAR-T cell therapy']);
    await page.locator('body').press('Control+Shift+Z');
    await expect.poll(() => page.getByLabel('Deck title').inputValue(), POLL).toBe('Side effects talk');
    expect(await page.getByRole('button', { name: 'Save deck' }).isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Save deck' }).getAttribute('class')).toContain('primary');
  });

  it('opens a ready-made deck after asking about unsaved changes in its own dialog', async () => {
    await page.getByRole('button', { name: 'New deck' }).click();
    await page.locator('dialog.choice-dialog').getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.locator('#ready-decks').isVisible(), POLL).toBe(true);
    await page.locator('#ready-decks .ready-deck').first().click();
    await expect.poll(() => page.locator('#deck-file').textContent(), POLL).toBe('decks/intro.yaml');
    expect(await page.locator('#ready-decks').isVisible()).toBe(false);
    await page.waitForSelector('#preview-wrap[data-state="ready"]');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await ui.shot(`deck-open-${size.width}x${size.height}`);
    }
    // At 1024×768 the library folds away and the preview grows.
    await page.setViewportSize({ width: 1024, height: 768 });
    const before = (await page.locator('#preview-frame').boundingBox())!.width;
    await page.getByRole('button', { name: '« Hide' }).click();
    await expect.poll(async () => (await page.locator('#preview-frame').boundingBox())!.width, POLL).toBeGreaterThan(before + 200);
    await ui.shot('library-collapsed-1024x768');
    await page.getByRole('button', { name: '» Library' }).click();
    expect(await page.locator('#library').isVisible()).toBe(true);
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
