/**
 * The .pptx opened by a client we did not write: LibreOffice Impress (headless) converts it to PDF;
 * the PDF must have one page per deck slide and each page must show its slide's title. Two decks in
 * one soffice run, with a private profile so parallel runs do not collide.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckModel } from '../../core/model/deck-model.js';
import { toPlainText } from '../../core/render/markdown.js';
import { builtinDeckFile, deckPptx } from '../helpers/pptx-deck.js';

const DECKS = {
  'intro-patients': builtinDeckFile('intro-patients'),
  branded: path.resolve(import.meta.dirname, '../fixtures/themes/decks/branded.yaml'),
};

const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.error)
    throw new Error(`${cmd} could not run (${r.error.message}); run scripts/ensure-test-deps.sh to install LibreOffice and poppler-utils`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

describe('PPTX opened in LibreOffice Impress', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-pptx-'));
  const models = new Map<string, DeckModel>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const [name, file] of Object.entries(DECKS)) {
      const { model, data } = await deckPptx(file);
      models.set(name, model);
      const out = path.join(dir, `${name}.pptx`);
      writeFileSync(out, data);
      files.push(out);
    }
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files]);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(DECKS)) {
    it(`${name}: one page per slide, each showing its slide's title`, () => {
      const model = models.get(name)!;
      const pdf = path.join(dir, `${name}.pdf`);
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
      expect(pages).toBe(model.slides.length);
      model.slides.forEach((s, i) => {
        const text = normalize(run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']));
        const title = normalize(toPlainText(s.title ?? (s.layout === 'references' ? 'References' : model.title)));
        expect(text, `page ${i + 1}`).toContain(title);
      });
    });
  }

  // Issue 11 item 7: the title slide names the institution once (its master's footer leaves it out).
  it('branded: the title slide shows the institution once, content slides in their footer', () => {
    const pdf = path.join(dir, 'branded.pdf');
    const model = models.get('branded')!;
    const page = (n: number) => normalize(run('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']));
    const institution = model.institution!;
    expect(institution).toBe('Riverside Cancer Centre');
    expect(page(1).split(institution).length - 1).toBe(1);
    const content = model.slides.findIndex((s, i) => i > 0 && s.layout !== 'title');
    expect(page(content + 1)).toContain(`Oncology Day Unit · 555-0100 · ${institution}`);
  });
});
