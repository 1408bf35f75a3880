import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_TEMPLATES } from '../../core/options.js';
import { parseTopicText } from '../../core/validate/validate-topic.js';
import { topicTemplateText } from '../../service/topic-templates.js';
import { openUi, POLL, type UiSession } from './ui-session.js';

let ui: UiSession;
let page: Page;

beforeAll(async () => {
  ui = await openUi();
  page = ui.page;
});

afterAll(async () => {
  await ui?.close();
});

describe('new topic from a template', () => {
  it.each(TOPIC_TEMPLATES)('the %s template is a valid topic file', (template) => {
    const text = topicTemplateText(template, 'Fatigue: "tired all the time"', '2026-12-03');
    const parsed = parseTopicText(text, '/lib/topics/x.yaml', 'topics/x.yaml', '/lib');
    expect(parsed.ok ? [] : parsed.diagnostics).toEqual([]);
    expect(text).toContain('title: "Fatigue: \\"tired all the time\\""');
  });

  it('makes a side-effect topic in the library’s topics/ folder and opens it in the slide editor (immunodeck serve, Chromium)', async () => {
    await page.getByRole('button', { name: 'New topic…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New topic' });
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    // No title: the dialog stays and says what is missing.
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    expect(await dialog.locator('#new-topic-problem').textContent()).toBe('Give the topic a title.');
    await dialog.getByLabel('Topic title').fill('Skin rash and itching');
    await dialog.getByLabel(/Side-effect topic/).check();
    await ui.shot('new-topic-dialog');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await expect.poll(() => page.locator('#slide-form').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.locator('#editor-title').textContent(), POLL).toBe('topics/skin-rash-and-itching.yaml');
    expect(await page.locator('#slide-form').textContent()).toContain('Skin rash and itching');
    const text = await readFile(path.join(ui.app.content, 'topics', 'skin-rash-and-itching.yaml'), 'utf8');
    expect(text).toContain('category: side-effects');
    expect(text).toContain('layout: table');
    expect(text).toContain('Ask: "What would you do if this happened at night?"');
    await expect.poll(() => page.locator('#topic-list').textContent(), POLL).toContain('Skin rash and itching');
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('Made topics/skin-rash-and-itching.yaml');
    await ui.shot('new-topic-editor');
  });

  it('refuses a second topic of the same name in plain words', async () => {
    await page.locator('#editor-close').click();
    await page.getByRole('button', { name: 'New topic…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New topic' });
    await dialog.getByLabel('Topic title').fill('Skin rash and itching');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('a topic named "skin-rash-and-itching" already exists');
  });

  it('ran without page errors', () => {
    expect(ui.errors).toEqual([]);
  });
});
