import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImmunodeck } from '../helpers/cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'immunodeck-cli-'));

describe('immunodeck CLI', () => {
  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(runImmunodeck(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runImmunodeck(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/build \[options\] <deck>/);
    expect(help.stdout).toMatch(/validate <path>/);
  });

  it('exits 2 on usage errors', () => {
    expect(runImmunodeck(['frobnicate']).code).toBe(2);
    expect(runImmunodeck(['build']).code).toBe(2);
    const bad = runImmunodeck(['build', 'tests/fixtures/library/decks/intro.yaml', '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "docx"/);
  });

  it('builds a deck to HTML and exits 0', () => {
    const out = tmp();
    const r = runImmunodeck(['build', 'tests/fixtures/library/decks/intro.yaml', '--out', out]);
    // The example deck names two slides twice on purpose (both ways to name a topic): only that is noted.
    expect(r.stderr.split('\n').filter((l) => / (error|warning): /.test(l))).toEqual([
      expect.stringMatching(/intro\.yaml:10:14 warning: slide "brakes" of topic "checkpoint-basics" is already in this deck/),
      expect.stringMatching(/intro\.yaml:10:22 warning: slide 5 of topic "checkpoint-basics" is already in this deck/),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ .*intro\.html {2}\(9 slides/);
    expect(readFileSync(path.join(out, 'intro.html'), 'utf8')).toContain('Your immune system has brakes');
  });

  it('exits 1 with file:line:col errors on invalid content, and keeps the previous output', () => {
    const out = tmp();
    writeFileSync(path.join(out, 'missing-topic.html'), 'previous build');
    const r = runImmunodeck(['build', 'tests/fixtures/broken-library/decks/missing-topic.yaml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/broken-library/decks/missing-topic.yaml:4:5 error: topic "checkpoint-basic" was not found');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(path.join(out, 'missing-topic.html'), 'utf8')).toBe('previous build');
  });

  it('validates a folder: exit 0 when valid, 1 with every problem when not', () => {
    expect(runImmunodeck(['validate', 'tests/fixtures/library']).code).toBe(0);
    const r = runImmunodeck(['validate', 'tests/fixtures/invalid']);
    expect(r.code).toBe(1);
    for (const f of [
      'items-number.yaml:14:12',
      'unknown-key.yaml:9:5',
      'syntax-error.yaml:3:10',
      'alias-bomb.yaml:2:8',
      'empty.yaml error',
      'binary.yaml error',
    ]) {
      expect(r.stderr).toContain(`tests/fixtures/invalid/${f}`);
    }
  });

  it('lists topics and decks as JSON for scripts', () => {
    const r = runImmunodeck(['list', '--json', '--content', 'tests/fixtures/library']);
    expect(r.code).toBe(0);
    const { entries } = JSON.parse(r.stdout) as {
      entries: { kind: string; id: string; origin: string; title: string; audience: string; path: string }[];
    };
    // The built-in topics the folder's decks may use are listed too, marked.
    const builtin = entries.filter((e) => e.origin === 'built-in');
    expect(builtin.find((e) => e.id === 'educational-disclaimer')).toMatchObject({
      kind: 'topic',
      path: 'content/topics/educational-disclaimer.yaml',
    });
    expect(entries.filter((e) => e.origin !== 'built-in')).toEqual([
      {
        kind: 'topic',
        id: 'checkpoint-basics',
        origin: 'own',
        title: 'How checkpoint inhibitors work',
        audience: 'patient,professional',
        category: 'mechanism',
        slides: 6,
        path: 'tests/fixtures/library/topics/checkpoint-basics.yaml',
      },
      {
        kind: 'deck',
        id: 'intro',
        origin: 'own',
        title: 'Checkpoint inhibitors',
        audience: 'patient',
        path: 'tests/fixtures/library/decks/intro.yaml',
      },
    ]);
  });

  it('builds every deck of a folder in one run', () => {
    const out = tmp();
    const r = runImmunodeck(['build', 'tests/fixtures/library/decks', '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'intro.html'))).toBe(true);
  });
});
