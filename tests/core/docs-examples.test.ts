import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../core/validate/validate-deck.js';
import { validatePath } from '../../core/job/validate-path.js';

/** The ```yaml blocks of a Markdown file. */
function yamlBlocks(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('docs/topic-format.md', () => {
  const blocks = yamlBlocks('docs/topic-format.md');
  const topic = blocks.find((b) => /^slides:/m.test(b))!;
  const deck = blocks.find((b) => /^topics:/m.test(b))!;
  const translation = blocks.find((b) => /^language: es/m.test(b))!;

  it('has a Spanish translation example that loads beside the topic example', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-docs-'));
    mkdirSync(path.join(root, 'topics'));
    mkdirSync(path.join(root, 'images'));
    copyFileSync('tests/fixtures/library/images/brake.svg', path.join(root, 'images', 'brake.svg'));
    writeFileSync(path.join(root, 'topics', 'checkpoint-basics.yaml'), topic);
    writeFileSync(path.join(root, 'topics', 'checkpoint-basics.es.yaml'), translation);
    const { loadLibrary } = await import('../../core/validate/load-library.js');
    const library = await loadLibrary(root);
    expect(library.diagnostics).toEqual([]);
    expect(library.topics.get('checkpoint-basics')?.translations?.es?.data.slides['brakes']?.patient?.title).toBe('Su cuerpo tiene frenos');
  });

  it('has a complete topic example that validates exactly as written', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-docs-'));
    mkdirSync(path.join(root, 'topics'));
    mkdirSync(path.join(root, 'images'));
    copyFileSync('tests/fixtures/library/images/brake.svg', path.join(root, 'images', 'brake.svg'));
    writeFileSync(path.join(root, 'topics', 'checkpoint-basics.yaml'), topic);
    const report = await validatePath(path.join(root, 'topics', 'checkpoint-basics.yaml'));
    expect(report.diagnostics).toEqual([]);
    expect(report.topics).toBe(1);
  });

  it('has a deck example that matches the deck schema', () => {
    const r = parseDeckText(deck, '/tmp/docs-deck.yaml', 'docs-deck.yaml');
    expect(r.ok ? [] : r.diagnostics).toEqual([]);
  });

  it('shows error lines in the format the CLI prints', () => {
    expect(readFileSync('docs/topic-format.md', 'utf8')).toContain(
      'content/topics/car-t.yaml:14:7 error: slide 3 (bullets): "items" must be a list of text, found a number',
    );
  });
});
