import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { loadLibrary } from '../../core/validate/load-library.js';
import type { Library } from '../../core/validate/content.js';
import { checkDeck, closingRole } from '../../core/quality/check-deck.js';
import { checkLibrary, checkPath, defaultQualityMode } from '../../core/job/check-path.js';
import { checkTopic } from '../../core/quality/check-topic.js';
import type { QualityOptions } from '../../core/quality/report.js';

const ROOT = 'tests/fixtures/quality';
const TODAY = '2026-11-23';
const strict: QualityOptions = { mode: 'strict', today: TODAY };
let library: Library;

beforeAll(async () => {
  library = await loadLibrary(ROOT);
  expect(library.diagnostics).toEqual([]);
});

const topic = (id: string) => checkTopic(library.topics.get(id)!, strict);
const deck = (id: string) =>
  checkDeck(
    library.decks.find((d) => d.id === id)!,
    library,
    strict,
  );
const allFindings = (r: ReturnType<typeof topic>) => [...r.summary.findings, ...r.slides.flatMap((s) => s.findings)];

describe('quality gate: topics (readability, words on screen)', () => {
  it('passes a plain topic, scoring patient slides and skipping professional-only ones', () => {
    const r = topic('plain-topic');
    expect(allFindings(r)).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.slides.map((s) => [s.key, s.audience, s.scored, s.words])).toEqual([
      // title 4 words + items 12 + 8
      ['plain-topic#brakes', 'patient', true, 24],
      ['plain-topic#diagram', 'patient', true, 11],
      ['plain-topic#detail', 'professional', false, 42],
    ]);
    expect(r.summary.scoredSlides).toBe(2);
  });

  it('fails patient text above Flesch-Kincaid grade 8, at the slides: line', () => {
    const [f, ...rest] = allFindings(topic('hard-words'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'QUALITY',
      severity: 'error',
      rule: 'readability',
      location: { file: `${ROOT}/topics/hard-words.yaml`, line: 12, column: 1 },
    });
    expect(f!.message).toMatch(
      /^topic "hard-words": the patient text of 2 slides reads at Flesch-Kincaid grade \d+\.\d \(SMOG \d+\.\d\); the limit is grade 8$/,
    );
  });

  it('fails a patient slide over 40 words on screen, and applies patient: wording first', () => {
    const r = topic('wordy-slide');
    // "shortened" has 53 words in its own wording but 16 in its patient: wording.
    expect(r.slides[0]).toMatchObject({ key: 'wordy-slide#shortened', words: 16, findings: [] });
    expect(r.slides[1]).toMatchObject({ key: 'wordy-slide#too-long', words: 48 });
    expect(r.slides[1]!.findings.map(formatDiagnostic)).toEqual([
      `${ROOT}/topics/wordy-slide.yaml:25:5 error: slide wordy-slide#too-long (bullets): 48 words on screen; a patient slide in this theme shows at most 40\n    → Keep one idea per slide: move detail into the speaker notes or split the slide in two.`,
    ]);
  });
});

describe('quality gate: topics (alt text, references, review date, audiences)', () => {
  it('fails images whose alt text is a placeholder or the file name', () => {
    const r = topic('bad-alt');
    expect(r.slides.map((s) => s.findings.map((f) => [f.rule, f.location?.line, f.message]))).toEqual([
      [['alt-text', 13, 'slide bad-alt#placeholder (image): the alt text "Image" does not describe the image']],
      [['alt-text', 18, 'slide bad-alt#file-name (image): the alt text "brake.svg" does not describe the image']],
    ]);
  });

  it('fails a topic with fewer than two references', () => {
    expect(allFindings(topic('one-reference')).map((f) => [f.rule, f.severity, f.location?.line, f.message])).toEqual([
      ['references', 'error', 5, 'topic "one-reference" has 1 reference; every topic needs at least 2'],
    ]);
  });

  it('warns (never fails) when the review is more than 12 months old, measured from `today`', () => {
    const r = topic('stale-review');
    expect(r.passed).toBe(true);
    expect(allFindings(r).map((f) => [f.rule, f.severity, f.location?.line, f.message])).toEqual([
      [
        'review-date',
        'warning',
        4,
        'topic "stale-review" was last reviewed on 2025-10-01, more than 12 months ago (review was due 2026-10-01)',
      ],
    ]);
    expect(allFindings(checkTopic(library.topics.get('stale-review')!, { mode: 'strict', today: '2026-10-01' }))).toEqual([]);
  });

  it('does not apply the patient rules to a topic written for professionals only', () => {
    const r = topic('professional-only');
    expect(r.summary.readability).toBeUndefined();
    expect(r.slides[0]).toMatchObject({ words: 51, scored: false, findings: [] });
  });
});

describe('quality gate: decks', () => {
  it('passes a patient deck that ends with the built-in care-team and disclaimer slides', () => {
    const r = deck('good');
    expect(r.findings).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.slides.map((s) => s.key)).toEqual([
      'good#title',
      'plain-topic#brakes',
      'plain-topic#diagram',
      'educational-disclaimer#talk-to-your-care-team',
      'educational-disclaimer#disclaimer',
      'deck#references-1',
    ]);
    expect(r.topics.map((t) => [t.id, t.scoredSlides])).toEqual([
      ['plain-topic', 2],
      ['educational-disclaimer', 2],
    ]);
  });

  it("passes an educator's deck that ends with closing slides of its own wording", () => {
    expect(deck('own-ending').findings).toEqual([]);
  });

  it('fails a patient deck without the closing slides, or with them elsewhere', () => {
    for (const id of ['no-ending', 'disclaimer-first']) {
      const r = deck(id);
      expect(r.passed).toBe(false);
      expect(r.findings.map((f) => [f.rule, f.short, f.location?.line])).toEqual([
        ['deck-ending', 'no care-team slide', 3],
        ['deck-ending', 'no disclaimer', 3],
      ]);
    }
    expect(deck('only-disclaimer').findings.map((f) => f.message)).toEqual([
      'patient deck "only-disclaimer" does not end with a "talk to your care team" slide (its last two slides are plain-topic#diagram and educational-disclaimer#disclaimer)',
    ]);
  });

  it('recognises closing slides by key, or by their wording', () => {
    const slide = (key: string, layout: 'callout' | 'image', message: string) => ({
      key,
      layout,
      title: 'Before you go',
      message,
      citations: [],
    });
    expect(closingRole(slide('educational-disclaimer#disclaimer', 'callout', 'Anything'))).toBe('disclaimer');
    expect(closingRole(slide('x#1', 'callout', 'These slides are for learning. They do not replace advice from your care team.'))).toBe(
      'disclaimer',
    );
    expect(closingRole(slide('x#2', 'callout', 'This talk is for education only. It is not medical advice.'))).toBe('disclaimer');
    expect(closingRole(slide('x#3', 'callout', 'Bring your questions to your care team.'))).toBe('care-team');
    expect(closingRole(slide('x#4', 'image', 'Bring your questions to your care team.'))).toBeUndefined();
    expect(closingRole(slide('x#5', 'callout', 'Education matters.'))).toBeUndefined();
  });

  it('needs no closing slides and scores no readability in a professional deck', () => {
    const r = deck('professional');
    expect(r.passed).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.topics.every((t) => t.readability === undefined)).toBe(true);
    expect(r.slides.some((s) => s.words > 40)).toBe(true);
  });
});

describe('quality gate: modes and reports', () => {
  it('reports the same findings as warnings in advisory mode', () => {
    const s = checkLibrary(library, strict);
    const a = checkLibrary(library, { mode: 'advisory', today: TODAY });
    expect(s.passed).toBe(false);
    expect(a.passed).toBe(true);
    expect(a.errors).toBe(0);
    expect(a.diagnostics.map((d) => d.message)).toEqual(s.diagnostics.map((d) => d.message));
    // alt ×2, readability, references, words, deck-ending ×5 (no-ending 2, disclaimer-first 2, only-disclaimer 1); review date is a
    // warning, and so is each of the 3 decks using the fixture's own educational-disclaimer, which replaces the built-in one
    expect([s.errors, s.warnings]).toEqual([10, 4]);
    expect(s.diagnostics.filter((d) => d.message.includes('replaces the built-in topic'))).toHaveLength(3);
  });

  it('lists a problem found through a topic and through a deck once', async () => {
    const r = await checkPath(ROOT, strict);
    const keys = r.diagnostics.map((d) => `${d.location?.file}:${d.location?.line}:${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("checks a single deck file against its content folder, with its topics' findings", async () => {
    const r = await checkPath(`${ROOT}/decks/no-ending.yaml`, { today: TODAY });
    expect(r.mode).toBe('advisory');
    expect(r.decks).toHaveLength(1);
    expect(r.topics).toEqual([]);
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });

  it('is strict by default for the built-in content folder only', () => {
    expect(defaultQualityMode('content')).toBe('strict');
    expect(defaultQualityMode('content/decks/x.yaml')).toBe('strict');
    expect(defaultQualityMode(ROOT)).toBe('advisory');
  });

  it('reports a missing path as a FILE error', async () => {
    const r = await checkPath(`${ROOT}/nope.yaml`, { today: TODAY });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'FILE', severity: 'error' });
  });
});
