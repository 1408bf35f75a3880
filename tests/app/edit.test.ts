import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addTopics, openUi, POLL, SIZES, type UiSession } from './ui-session.js';

let ui: UiSession;
let page: Page;
let file: string;

const previewText = () =>
  page
    .frameLocator('#preview-frame')
    .locator('.reveal .slides')
    .textContent({ timeout: 5000 })
    .catch(() => '');

beforeAll(async () => {
  ui = await openUi();
  page = ui.page;
  file = path.join(ui.app.content, 'topics/side-effects-care.yaml');
  // A comment the structured editor must keep.
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    `# Reviewed by the nurse educator, Sept 2026.\n${text.replace('  - id: common', '  # Keep this list short.\n  - id: common')}`,
  );
  await addTopics(page, ['Side effects to report']);
  await page.waitForSelector('#preview-wrap[data-state="ready"]');
});

afterAll(async () => {
  await ui?.close();
});

describe('editing slides without YAML (immunodeck serve, Chromium)', () => {
  it('opens a topic as a form with labelled fields for the slide’s layout', async () => {
    await page.getByRole('button', { name: 'Edit topic “Side effects to report”' }).click();
    await expect.poll(() => page.locator('#slide-form').isVisible(), POLL).toBe(true);
    expect(await page.locator('#yaml-view').isVisible()).toBe(false);
    await page.getByLabel('Slide', { exact: true }).selectOption({ label: '2. Common side effects' });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Bullets (required): bullet 1' }).inputValue(), POLL)
      .toBe('Tiredness that does not go away with rest.');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await ui.shot(`edit-form-${size.width}x${size.height}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('changes a bullet, adds one and reorders: the preview and the saved YAML follow, comments kept', async () => {
    await page.getByRole('textbox', { name: 'Bullets (required): bullet 1' }).fill('Tiredness that rest does not fix.');
    await page.getByRole('button', { name: '+ Add bullet' }).first().click();
    await page.getByRole('textbox', { name: 'Bullets (required): bullet 3' }).fill('Loose stools (diarrhea).');
    await page.getByRole('button', { name: 'Move bullet 3 up' }).click();
    expect(await page.locator('#slide-status').textContent()).toBe('Unsaved changes on this slide.');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('Saved slide 2');
    await expect.poll(previewText, POLL).toContain('Tiredness that rest does not fix.');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# Reviewed by the nurse educator, Sept 2026.');
    expect(text).toContain('  # Keep this list short.');
    expect((parse(text) as { slides: { items?: string[] }[] }).slides[1]!.items).toEqual([
      'Tiredness that rest does not fix.',
      'Loose stools (diarrhea).',
      'A new skin rash or itching.',
    ]);
  });

  it('shows a problem in plain words next to the field, and does not save', async () => {
    const before = await readFile(file, 'utf8');
    await page.getByRole('textbox', { name: 'Title (required)', exact: true }).fill('');
    await page.getByRole('button', { name: 'Save slide' }).click();
    const problem = page.locator('[data-field="title"] .field-problem');
    await expect.poll(() => problem.textContent(), POLL).toBe('Write a title: every slide needs one.');
    await ui.shot('edit-form-problem-1366x768');
    expect(await readFile(file, 'utf8')).toBe(before);
    await page.getByRole('textbox', { name: 'Title (required)', exact: true }).fill('Common side effects');
  });

  it('edits patient and professional wording side by side, and picks sources from the topic', async () => {
    await page.getByLabel('Show professional wording side by side').check();
    await page.getByRole('textbox', { name: 'Title — for professionals' }).fill('Common immune-related adverse events');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await expect
      .poll(
        async () =>
          (parse(await readFile(file, 'utf8')) as { slides: { professional?: { title?: string } }[] }).slides[1]!.professional?.title,
        POLL,
      )
      .toBe('Common immune-related adverse events');
    await ui.shot('edit-form-wording-1366x768');
  });

  it('adds a new slide of a chosen layout', async () => {
    await page.getByLabel('Layout of the new slide').selectOption({ label: 'Questions' });
    await page.getByRole('button', { name: '+ Add slide' }).click();
    await page.getByRole('textbox', { name: 'Title (required)', exact: true }).fill('Your questions about side effects');
    await page.getByRole('button', { name: 'Save slide' }).click();
    await expect.poll(previewText, POLL).toContain('Your questions about side effects');
    expect(await page.getByLabel('Slide', { exact: true }).inputValue()).toBe('2');
  });

  it('keeps the YAML one click away, and warns before overwriting a file changed on disk', async () => {
    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect.poll(() => page.getByLabel('Topic file text (YAML)').inputValue(), POLL).toContain('Your questions about side effects');
    await page.getByRole('tab', { name: 'Edit slides' }).click();
    // Someone else changes the file.
    await writeFile(file, (await readFile(file, 'utf8')).replace('Call us straight away', 'Call us at once'));
    await page.getByLabel('Slide', { exact: true }).selectOption({ index: 0 });
    await page
      .getByRole('textbox', { name: 'Key message (required)', exact: true })
      .fill('Call the care team at once for a fever above 38 °C.');
    await page.getByRole('button', { name: 'Save slide' }).click();
    const dialog = page.locator('dialog.choice-dialog');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    expect(await dialog.textContent()).toContain('changed by someone or something else');
    await ui.shot('edit-conflict-1366x768');
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('Saved slide 1');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('for a fever above 38 °C.');
    // Only the changed field was rewritten: the other person's title change is still there.
    expect(text).toContain('Call us at once');
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
