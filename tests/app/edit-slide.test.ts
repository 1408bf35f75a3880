import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editSlideText } from '../../service/edit-slide.js';

const TOPIC = `# A topic with comments the editor must keep.
title: Side effects to report
category: side-effects
summary: Which symptoms to tell the care team about, and how fast.
lastReviewed: 2026-09-30
references: []
slides:
  # The urgent slide comes first.
  - id: report
    layout: callout
    title: Call us straight away # keep this comment
    message: Call the care team at once for fever above 38 °C.
    tone: urgent
    notes: >
      Give the 24-hour number and check
      it is saved in the phone.
  - id: common
    layout: bullets
    title: Common side effects
    items:
      - Tiredness that does not go away with rest. # most common
      - A new skin rash or itching.
`;

const slides = (text: string) => (parse(text) as { slides: Record<string, unknown>[] }).slides;

describe('editSlideText', () => {
  it('changes one bullet and keeps every comment and the folded notes', () => {
    const r = editSlideText(TOPIC, 1, { items: ['Tiredness that rest does not fix.', 'A new skin rash or itching.'] });
    expect(r.ok).toBe(true);
    const out = r.ok ? r.value : '';
    expect(slides(out)[1]!['items']).toEqual(['Tiredness that rest does not fix.', 'A new skin rash or itching.']);
    expect(out).toContain('# A topic with comments the editor must keep.');
    expect(out).toContain('  # The urgent slide comes first.');
    expect(out).toContain('title: Call us straight away # keep this comment');
    expect(out).toContain('    notes: >\n      Give the 24-hour number and check\n      it is saved in the phone.\n');
    // Only the items lines changed.
    const changed = out.split('\n').filter((l, i) => l !== TOPIC.split('\n')[i]);
    expect(changed).toEqual(['      - Tiredness that rest does not fix. # most common']);
  });

  it('adds, removes and reorders bullets', () => {
    const added = editSlideText(TOPIC, 1, {
      items: ['Tiredness that does not go away with rest.', 'A new skin rash or itching.', 'Loose stools: "diarrhea".'],
    });
    expect(slides(added.ok ? added.value : '')[1]!['items']).toHaveLength(3);
    expect(added.ok && added.value).toContain('      - A new skin rash or itching.\n      - \'Loose stools: "diarrhea".\'\n');
    const removed = editSlideText(TOPIC, 1, { items: ['Tiredness that does not go away with rest.'] });
    expect(removed.ok && removed.value).toBe(TOPIC.replace('\n      - A new skin rash or itching.', ''));
    const swapped = editSlideText(TOPIC, 1, { items: ['A new skin rash or itching.', 'Tiredness that does not go away with rest.'] });
    expect(slides(swapped.ok ? swapped.value : '')[1]!['items']).toEqual([
      'A new skin rash or itching.',
      'Tiredness that does not go away with rest.',
    ]);
  });

  it('changes a title in place, keeping the comment after it, and adds and removes fields', () => {
    const r = editSlideText(TOPIC, 0, { title: 'Call us at once', tone: null, cite: [] });
    const out = r.ok ? r.value : '';
    expect(out).toContain('    title: Call us at once # keep this comment\n');
    expect(slides(out)[0]).not.toHaveProperty('tone');
    const added = editSlideText(TOPIC, 1, { text: 'Tell us about any of these:', notes: 'Line one.\nAsk: "Which would you report?"' });
    const s = slides(added.ok ? added.value : '')[1]!;
    expect(s['text']).toBe('Tell us about any of these:');
    expect(s['notes']).toBe('Line one.\nAsk: "Which would you report?"');
    expect(s['items']).toHaveLength(2);
  });

  it('appends a new slide of a chosen layout', () => {
    const r = editSlideText(TOPIC, 2, { layout: 'questions', title: 'Your questions', items: ['What worries you most?'] });
    const all = slides(r.ok ? r.value : '');
    expect(all).toHaveLength(3);
    expect(all[2]).toEqual({ layout: 'questions', title: 'Your questions', items: ['What worries you most?'] });
  });

  it('changes nothing when nothing changed, and refuses broken YAML in plain words', () => {
    const same = editSlideText(TOPIC, 1, { title: 'Common side effects' });
    expect(same.ok && same.value).toBe(TOPIC);
    const broken = editSlideText('slides: [\n', 0, { title: 'x' });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.diagnostics[0]!.message).toMatch(/YAML syntax error/);
  });

  it('keeps every shipped topic byte for byte when a field is set to its own value', () => {
    const dir = path.resolve('content/topics');
    const file = path.join(dir, 'immunotherapy-types.yaml');
    const text = readFileSync(file, 'utf8');
    const first = slides(text)[0]!;
    const r = editSlideText(text, 0, { title: first['title'] });
    expect(r.ok && r.value).toBe(text);
  });
});
