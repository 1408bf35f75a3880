/**
 * A deck job that loads its own library reads only the topics its deck names (the rest are listed
 * by id), so a one-deck build does not parse every topic of both layers; names and did-you-mean
 * still see every topic.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeckJob } from '../../core/job/deck-job.js';
import { topicNames } from '../../core/validate/find-topic.js';
import { loadLibrary } from '../../core/validate/load-library.js';

const topic = (title: string) =>
  `title: ${title}\ncategory: basics\nsummary: A topic.\nlastReviewed: 2026-11-01\nreferences: []\nslides:\n  - layout: bullets\n    title: ${title}\n    items: [One point]\n`;

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-only-'));
  mkdirSync(path.join(root, 'topics'));
  mkdirSync(path.join(root, 'decks'));
  writeFileSync(path.join(root, 'topics', 'wanted.yaml'), topic('Wanted'));
  // Broken, but not named by the deck: a scoped load never reads it.
  writeFileSync(path.join(root, 'topics', 'other-topic.yaml'), 'title: [unclosed\n');
  return root;
}

describe('loadLibrary({ only })', () => {
  it('reads the named topics of both layers and lists the others by id', async () => {
    const root = folder();
    const lib = await loadLibrary(root, { only: new Set(['wanted', 'checkpoint-inhibitors']) });
    expect([...lib.topics.keys()]).toEqual(['wanted']);
    expect([...lib.unread!]).toEqual(['other-topic']);
    expect(lib.diagnostics).toEqual([]);
    expect([...lib.builtin!.topics.keys()]).toEqual(['checkpoint-inhibitors']);
    expect(lib.builtin!.unread!.size).toBeGreaterThan(20);
    const names = topicNames(lib);
    expect(names).toContain('other-topic');
    expect(names).toContain('car-t-cell-therapy');
  });

  it('a deck job suggests an unread topic for a misspelt name', async () => {
    const root = folder();
    writeFileSync(path.join(root, 'decks', 'd.yaml'), 'title: D\naudience: patient\ntopics:\n  - wanted\n  - other-topik\n');
    const r = await runDeckJob({ source: { file: path.join(root, 'decks', 'd.yaml') }, cwd: root });
    expect(r.ok).toBe(false);
    const missing = r.problems.find((p) => p.code === 'UNKNOWN_TOPIC');
    expect(missing).toMatchObject({
      message: 'topic "other-topik" was not found in ' + path.basename(root) + '/topics or the built-in library',
    });
    expect(missing!.hint).toBe('Did you mean "other-topic"?');
  });
});
