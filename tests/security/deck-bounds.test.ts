import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImmunodeck } from '../helpers/cli.js';

// Issue 27 hole 5: a small deck that lists one big topic many times asked for millions of slides.
let root: string;

function bigTopic(slides: number, line = 'One short line.'): string {
  const lines = [
    'title: Many slides',
    'category: basics',
    'summary: A topic with many short slides.',
    'lastReviewed: 2026-12-01',
    'references:',
    '  - id: nci',
    '    text: National Cancer Institute. Immunotherapy to treat cancer.',
    '    url: https://www.cancer.gov/about-cancer/treatment/types/immunotherapy',
    'slides:',
  ];
  for (let i = 1; i <= slides; i++) lines.push(`  - id: s${i}`, '    layout: bullets', `    title: Slide ${i}`, `    items: [${line}]`);
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-bounds-'));
  await mkdir(path.join(root, 'topics'), { recursive: true });
  await mkdir(path.join(root, 'decks'), { recursive: true });
  await writeFile(path.join(root, 'topics', 'many.yaml'), bigTopic(2000));
  await writeFile(path.join(root, 'topics', 'few.yaml'), bigTopic(2));
  const repeats = ['title: Repeated', 'audience: patient', 'topics:', ...Array.from({ length: 5000 }, () => '  - few')];
  await writeFile(path.join(root, 'decks', 'repeated.yaml'), repeats.join('\n') + '\n');
  const slides = ['title: Too many slides', 'audience: patient', 'topics:', ...Array.from({ length: 3 }, () => '  - many')];
  await writeFile(path.join(root, 'decks', 'three-times.yaml'), slides.join('\n') + '\n');
  // 1,000 slides of 150 words: listed 4 times, 600,000 words, after an entry naming a slide the topic lacks.
  await writeFile(path.join(root, 'topics', 'wordy.yaml'), bigTopic(1000, Array.from({ length: 150 }, () => 'word').join(' ')));
  const wordy = [
    'title: Too many words',
    'audience: patient',
    'topics:',
    '  - topic: few',
    '    slides: [99]',
    ...Array.from({ length: 4 }, () => '  - wordy'),
  ];
  await writeFile(path.join(root, 'decks', 'wordy.yaml'), wordy.join('\n') + '\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a deck is refused before rendering when its expanded size is out of bounds', () => {
  it('refuses one topic listed 5,000 times (11th entry), at the entry that crosses the limit, with what to do', () => {
    const run = runImmunodeck(['build', path.join(root, 'decks', 'repeated.yaml'), '--out', path.join(root, 'out'), '--format', 'html']);
    expect(run.code).not.toBe(0);
    const said = run.stdout + run.stderr;
    expect(said).toMatch(/repeated\.yaml:\d+:\d+ error: topic "few" is listed more than 10 times in this deck, so it was not built/);
    expect(said).toContain('List each topic once');
    expect(said).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('refuses a deck that would have more than 5,000 slides', () => {
    const run = runImmunodeck(['build', path.join(root, 'decks', 'three-times.yaml'), '--out', path.join(root, 'out'), '--format', 'html']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(
      /three-times\.yaml:\d+:\d+ error: this deck would have more than 5,000 slides \(6,000 by this entry\)/,
    );
  });

  it('refuses a deck that would have more than 500,000 words, even after an entry naming a missing slide', () => {
    const run = runImmunodeck(['build', path.join(root, 'decks', 'wordy.yaml'), '--out', path.join(root, 'out'), '--format', 'html']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(
      /wordy\.yaml:\d+:\d+ error: this deck would have more than 500,000 words \(6\d\d,\d{3} by this entry\)/,
    );
  });
});
