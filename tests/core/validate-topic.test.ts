import { cpSync, truncateSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../core/errors.js';
import { validatePath } from '../../core/job/validate-path.js';

const fixture = (name: string) => path.join('tests/fixtures', name);

async function problems(target: string): Promise<Diagnostic[]> {
  return (await validatePath(target)).diagnostics;
}

const at = (d: Diagnostic) => `${d.location?.line}:${d.location?.column}`;

describe('validatePath on topic files', () => {
  it('accepts the annotated example library', async () => {
    const report = await validatePath(fixture('library'));
    // The example deck shows both ways to name a topic, with the same topic: the repeats are noted.
    expect(report.diagnostics.map((d) => `${d.severity} ${at(d)} ${d.message}`)).toEqual([
      'warning 10:14 slide "brakes" of topic "checkpoint-basics" is already in this deck (first on line 8), so patients would see it twice',
      'warning 10:22 slide 5 of topic "checkpoint-basics" is already in this deck (first on line 8), so patients would see it twice',
    ]);
    expect(report.topics).toBe(1);
    expect(report.decks).toBe(1);
  });

  it('names file, line, column, slide, expected and found for a wrong type', async () => {
    const [d, ...rest] = await problems(fixture('invalid/items-number.yaml'));
    expect(rest).toEqual([]);
    expect(formatDiagnostic(d!)).toBe(
      'tests/fixtures/invalid/items-number.yaml:14:12 error: slide 3 (bullets): "items" must be a list of text, found a number',
    );
  });

  it('flags an unknown key at its position with a did-you-mean', async () => {
    const found = await problems(fixture('invalid/unknown-key.yaml'));
    const unknown = found.find((d) => d.code === 'UNKNOWN_KEY')!;
    expect(at(unknown)).toBe('9:5');
    expect(unknown.message).toBe('slide 1 (bullets): unknown key "itmes"');
    expect(unknown.hint).toBe('Did you mean "items"?');
    // ...and reports the missing required field in the same run
    expect(found.map((d) => d.message)).toContain('slide 1 (bullets): "items" is required (a list of text)');
  });

  it('reports every problem of a file together, with suggestions for misspelt values', async () => {
    const found = await problems(fixture('invalid/bad-layout.yaml'));
    expect(found.map((d) => [at(d), d.hint])).toEqual([
      ['2:11', 'Did you mean "therapy"?'],
      ['7:13', 'Did you mean "bullets"?'],
    ]);
  });

  it('reports a missing title at the mapping that lacks it', async () => {
    const found = await problems(fixture('invalid/missing-title.yaml'));
    expect(found.map((d) => `${at(d)} ${d.message}`)).toEqual([
      '1:1 "title" is required (text)',
      '6:5 slide 1 (callout): "title" is required (text)',
    ]);
  });

  it('points an unclosed quote at where the quote opens', async () => {
    const [d] = await problems(fixture('invalid/syntax-error.yaml'));
    expect(d!.code).toBe('YAML_SYNTAX');
    expect(at(d!)).toBe('3:10');
    expect(d!.hint).toContain('closing "');
  });

  it('explains the ": " inside an unquoted value, the most common YAML slip', async () => {
    const [d, ...rest] = await problems(fixture('invalid/colon-in-value.yaml'));
    expect(rest).toEqual([]);
    expect(`${at(d!)} ${d!.message}`).toBe('1:8 this value contains ": ", which YAML reads as a new key');
    expect(d!.hint).toMatch(/quotes/);
  });

  it('stops a YAML alias bomb with one message instead of hanging', async () => {
    const found = await problems(fixture('invalid/alias-bomb.yaml'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/aliases \(\*name\) in this file expand it to about \d+ MB; the limit is 8 MB/);
  });

  it.each([
    ['empty.yaml', 'the file is empty'],
    ['binary.yaml', 'this is a binary file, not a YAML text file'],
  ])('gives one clear message for %s', async (file, message) => {
    const found = await problems(fixture(`invalid/${file}`));
    expect(found.map((d) => d.message)).toEqual([message]);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-'));
    const big = path.join(dir, 'huge.yaml');
    writeFileSync(big, 'title: x\n');
    truncateSync(big, 50 * 1024 * 1024);
    const found = await problems(big);
    expect(found.map((d) => d.message)).toEqual(['file is 50.0 MB; topic and deck files must be smaller than 2 MB']);
  });

  it('rejects text that is not UTF-8', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-'));
    const file = path.join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    expect((await problems(file)).map((d) => d.message)).toEqual(['the file is not UTF-8 text']);
  });

  it('checks citations, missing images and images outside the content folder', async () => {
    const found = await problems(fixture('broken-library/topics/bad-cite.yaml'));
    expect(found.map((d) => `${d.code} ${at(d)}`)).toEqual(['UNKNOWN_REFERENCE 12:17', 'ASSET 15:12', 'ASSET 19:12']);
    expect(found[1]!.message).toMatch(/was not found/);
    expect(found[2]!.message).toMatch(/outside the content folder/);
  });

  it('reports, for one deck file, the problems of the topics it uses and no others', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-'));
    cpSync('tests/fixtures/library', root, { recursive: true });
    // A broken topic whose id merely starts with the deck's topic id must not be blamed on the deck.
    writeFileSync(path.join(root, 'topics', 'checkpoint-basics-extra.yaml'), 'title: 5\n');
    const found = await problems(path.join(root, 'decks', 'intro.yaml'));
    expect(found.filter((d) => !d.message.includes('already in this deck'))).toEqual([]);
    writeFileSync(path.join(root, 'topics', 'checkpoint-basics.yaml'), 'title: [\n');
    const broken = await problems(path.join(root, 'decks', 'intro.yaml'));
    expect(broken.map((d) => path.basename(d.location!.file))).toEqual(['checkpoint-basics.yaml', 'intro.yaml', 'intro.yaml']);
    expect(broken.filter((d) => d.message.includes('already in this deck'))).toEqual([]);
  });

  it('names missing and broken topics at their line in the deck file', async () => {
    const found = await problems(fixture('broken-library/decks/missing-topic.yaml'));
    const deck = found.filter((d) => d.location?.file.endsWith('missing-topic.yaml'));
    expect(deck.map((d) => `${at(d)} ${d.message}`)).toEqual([
      '4:5 topic "checkpoint-basic" was not found in broken-library/topics or the built-in library',
      '5:5 topic "bad-cite" has errors, so this deck cannot use it',
      '6:12 topic "also-missing" was not found in broken-library/topics or the built-in library',
    ]);
  });
});

describe('repeats in a deck given as data (the app draft: no lines)', () => {
  it('names the deck entry where the repeated slide came first, not "line 0"', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { runDeckJob } = await import('../../core/job/deck-job.js');
    const data = parse(readFileSync(fixture('library/decks/intro.yaml'), 'utf8')) as { topics: unknown[] };
    const job = await runDeckJob({ source: { data, id: 'intro' }, contentRoot: fixture('library'), outputs: [], fit: 'off' });
    const repeats = job.problems.filter((d) => d.message.includes('already in this deck')).map((d) => d.message);
    expect(repeats).toEqual([
      'slide "brakes" of topic "checkpoint-basics" is already in this deck (first as entry 1 of the deck), so patients would see it twice',
      'slide 5 of topic "checkpoint-basics" is already in this deck (first as entry 1 of the deck), so patients would see it twice',
    ]);
  });
});
