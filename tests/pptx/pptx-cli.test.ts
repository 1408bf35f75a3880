import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPptx } from '../helpers/pptx-read.js';

const run = promisify(execFile);

describe('immunodeck build --format pptx', () => {
  it('writes <deck>.pptx beside the HTML, one PowerPoint slide per deck slide, in patient wording', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'immunodeck-pptx-cli-'));
    try {
      const { stdout } = await run(process.execPath, [
        'bin/immunodeck.js',
        'build',
        'content/decks/intro-patients.yaml',
        '--format',
        'html,pptx',
        '--out',
        out,
      ]);
      const slides = Number(/intro-patients\.html\s+\((\d+) slides/.exec(stdout)?.[1]);
      expect(stdout).toMatch(/✓ .*intro-patients\.pptx\s+\(\d+ slides/);
      const deck = await readPptx(await readFile(path.join(out, 'intro-patients.pptx')));
      expect(deck.slides).toHaveLength(slides);
      expect(deck.slides.map((s) => s.text).join('\n')).toMatch(/call/i);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
