/** Issue 12, items 5–8: typography and numbering details of slides and print, checked without a browser. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../core/model/format-date.js';
import { calloutMessage } from '../../core/render/helpers.js';
import { enDashRanges } from '../../core/render/markdown.js';
import { notesHtml } from '../../core/render/print-text.js';
import { buildDeck } from '../helpers/build.js';

describe('dates, ranges and callouts', () => {
  it("prints dates in the deck's language and region", () => {
    expect(formatDate('2026-03-14', 'en')).toBe('March 14, 2026');
    expect(formatDate('2026-03-14', 'en-GB')).toBe('14 March 2026');
    expect(formatDate('2026-03-14', 'es')).toBe('14 de marzo de 2026');
    expect(formatDate('Spring 2026', 'en')).toBe('Spring 2026');
  });

  it('sets number ranges with an en dash, leaving dates, phone numbers and DOIs alone', () => {
    expect(enDashRanges('2-3 weeks, 10 - 20% of people')).toBe('2–3 weeks, 10–20% of people');
    expect(enDashRanges('2026-11-20, (555) 010-0199, 10.1016/j.cell.2017.01.017, 707-723')).toBe(
      '2026-11-20, (555) 010-0199, 10.1016/j.cell.2017.01.017, 707–723',
    );
  });

  it('bolds only the lead sentence of a callout, so emphasis in the rest shows', () => {
    const html = calloutMessage('Call your care team. Tell them about **any** new symptom.');
    expect(html).toBe('<span class="message-lead">Call your care team.</span> Tell them about <strong>any</strong> new symptom.');
    expect(calloutMessage('Do not wait.')).toBe('<span class="message-lead">Do not wait.</span>');
  });

  it('sets teach-back prompts apart in notes', () => {
    const html = notesHtml('Go slowly. Ask: "Which of these would make you call us tonight?" The answer: all of them.', 'Ask:');
    expect(html).toBe(
      '<p>Go slowly.</p>\n<p class="ask">Ask: “Which of these would make you call us tonight?”</p>\n<p>The answer: all of them.</p>',
    );
  });

  it('scopes slide table styles to the slides, so the keyboard help (Shift+?) has no stripes', () => {
    const css = readFileSync('templates/deck.css', 'utf8');
    expect(css).not.toMatch(/\.reveal table/);
    expect(css).toContain('.reveal .slides table tbody tr:nth-child(even)');
    // Headings never shrink when a slide is fitted: the dense rule no longer sets a heading size.
    expect(css).not.toMatch(/is-dense h2 \{[^}]*font-size/);
  });
});

describe('references in order of first citation', () => {
  it("numbers a topic's references by first citation, on its references slide as in its Sources marks", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-refs-'));
    mkdirSync(path.join(root, 'topics'));
    mkdirSync(path.join(root, 'decks'));
    writeFileSync(
      path.join(root, 'topics', 'order.yaml'),
      `title: Order
category: basics
summary: Citation order.
lastReviewed: 2026-11-01
references:
  - { id: a, text: Source A. }
  - { id: b, text: Source B. }
slides:
  - { layout: bullets, title: First, items: [One], cite: [b] }
  - { layout: bullets, title: Second, items: [Two], cite: [a] }
  - { layout: references, title: Sources of this topic }
`,
    );
    writeFileSync(path.join(root, 'decks', 'd.yaml'), 'title: D\naudience: patient\ntopics: [order]\n');
    const r = await buildDeck(path.join(root, 'decks', 'd.yaml'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const slides = r.value.model.slides;
    expect(slides.map((s) => s.citations)).toEqual([[], [1], [2], [], []]);
    const topicRefs = slides.find((s) => s.title === 'Sources of this topic')!.references!;
    expect(topicRefs.map((x) => [x.n, x.text])).toEqual([
      [1, 'Source B.'],
      [2, 'Source A.'],
    ]);
    expect(r.value.model.references.map((x) => x.text)).toEqual(['Source B.', 'Source A.']);
  });
});

describe('teach-back prompts for the caregiver on notes pages', () => {
  it('sets "Ask the caregiver:" and "Pregúntele al cuidador:" apart like "Ask:"', async () => {
    const { notesHtml } = await import('../../core/render/print-text.js');
    const { printLabels } = await import('../../core/render/print-labels.js');
    const en = notesHtml('Stay near. Ask the caregiver: "Who drives home?" Then stop.', printLabels('en').askPrefix);
    expect(en).toMatch(/<p class="ask">Ask the caregiver: ["“]Who drives home\?["”]<\/p>/);
    const es = notesHtml('Quédese cerca. Pregúntele al cuidador: "¿Quién maneja?" Luego siga.', printLabels('es').askPrefix);
    expect(es).toMatch(/<p class="ask">Pregúntele al cuidador: ["“]¿Quién maneja\?["”]<\/p>/);
  });
});
