import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectReachable } from '../helpers/reachable.js';
import { openUi, POLL, type UiSession } from './ui-session.js';

// An educator's folder as docs/getting-started.md makes it: one topic of her own, nothing copied.
const OWN_TOPIC = `title: Our infusion clinic
category: practical
summary: Where to go, how long a visit takes, and who to call.
lastReviewed: 2026-12-01
references:
  - id: nci-immunotherapy
    text: National Cancer Institute. Immunotherapy to treat cancer. 2019.
    url: https://www.cancer.gov/about-cancer/treatment/types/immunotherapy
slides:
  - id: visit
    layout: bullets
    title: Your visit
    items:
      - Come to the 3rd floor, Suite 300.
      - Most visits take 1 to 2 hours.
    cite: [nci-immunotherapy]
`;

let ui: UiSession;
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-educator-'));
  await mkdir(path.join(folder, 'topics'), { recursive: true });
  await mkdir(path.join(folder, 'decks'), { recursive: true });
  await writeFile(path.join(folder, 'topics', 'our-infusion-clinic.yaml'), OWN_TOPIC);
  ui = await openUi({ contentRoot: folder });
  page = ui.page;
});

afterAll(async () => {
  await ui?.close();
  await rm(folder, { recursive: true, force: true });
});

const cards = () => page.locator('#topic-list .topic-card h3').allTextContents();

describe('her own folder and the built-in library in one topic library (serve, Chromium)', () => {
  it('lists her topic first and the built-in ones after it, marked, and finds built-in topics by search', async () => {
    await expect.poll(async () => (await cards()).length, POLL).toBeGreaterThan(10);
    expect((await cards())[0]).toBe('Our infusion clinic');
    expect(await page.locator('#topic-count').textContent()).toMatch(/^\d+ of \d+ topics$/);
    expect(await page.locator('#topic-list .origin-builtin').count()).toBe((await cards()).length - 1);
    await page.getByLabel('Search topics').fill('CAR-T');
    await expect.poll(cards, POLL).toContain('CAR T-cell therapy');
    await page.getByLabel('Search topics').fill('');
  });

  it('adds a built-in topic to her deck without drawing it as "Topic not found"', async () => {
    const add = page.getByRole('button', { name: 'Add topic “CAR T-cell therapy”' });
    await expectReachable(page, add);
    await add.click();
    await expect.poll(() => page.locator('#deck-list .deck-item').count(), POLL).toBe(1);
    expect(await page.locator('#deck-list .deck-item.missing').count()).toBe(0);
    expect(await page.locator('#deck-list .deck-item').textContent()).not.toContain('Topic not found');
    // A built-in topic has no file in her folder to edit.
    expect(await page.getByRole('button', { name: 'Edit topic “CAR T-cell therapy”' }).count()).toBe(0);
    await ui.shot('own-and-builtin-1366x768');
  });
});
