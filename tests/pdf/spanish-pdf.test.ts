import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { launchChromiumEngine } from '../../core/export/chromium-engine.js';
import { createEngineSlot, type EngineSlot } from '../../core/export/engine-slot.js';
import { runDeckJob, type DeckJobResult } from '../../core/job/deck-job.js';
import { pdfFlags, pdfinfo } from '../helpers/pdf.js';

const SPANISH = 'tests/fixtures/spanish/decks';
let engine: EngineSlot;
let out: string;

beforeAll(() => {
  engine = createEngineSlot(() => launchChromiumEngine());
  out = mkdtempSync(path.join(tmpdir(), 'immunodeck-es-'));
});
afterAll(async () => {
  await engine.close();
  rmSync(out, { recursive: true, force: true });
});

async function build(file: string): Promise<DeckJobResult> {
  const r = await runDeckJob({ source: { file }, outputs: ['pdf', 'handout', 'notes'], outDir: out, engine, paper: 'letter' });
  if (!r.ok) throw new Error(r.problems.map(formatDiagnostic).join('\n'));
  return r;
}

/** The PDF's text as pdftotext reads it, soft hyphens removed. */
function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return r.stdout.replace(/\u00ad/g, '');
}

describe('Spanish PDFs', () => {
  it('say /Lang es, carry Spanish metadata and chrome, and no English label', async () => {
    const r = await build(`${SPANISH}/intro-es.yaml`);
    const [slides, handout, notes] = r.files.map((f) => f.file) as [string, string, string];
    for (const file of [slides, handout, notes]) expect((await pdfFlags(readFileSync(file))).lang).toBe('es');
    expect(pdfinfo(slides)['Keywords']).toMatch(/^inmunoterapia, /);
    expect(pdfinfo(notes)['Title']).toMatch(/— páginas de notas$/);
    expect(pdfinfo(handout)['Title']).toMatch(/— folleto, 3 por página$/);
    const slideText = pdfText(slides);
    expect(slideText).toContain('Fuentes: [1]');
    expect(slideText).toContain('Referencias');
    expect(slideText).toContain('23 de noviembre de 2026');
    const handoutText = pdfText(handout);
    expect(handoutText).toMatch(/Página 1 de \d/);
    expect(handoutText).toContain('Notas');
    expect(pdfText(notes)).toMatch(/Página 1 de 11/);
    for (const text of [handoutText, pdfText(notes)]) expect(text).not.toMatch(/\bPage \d|\bSources:|\bNotes\b/);
  });

  it('show every Spanish letter in embedded fonts (á é í ó ú ü ñ ¿ ¡)', async () => {
    const r = await build(`${SPANISH}/hyphen-es.yaml`);
    const slides = r.files[0]!.file;
    const text = pdfText(slides);
    for (const ch of ['á', 'é', 'í', 'ó', 'ú', 'ü', 'ñ', '¿', '¡', 'Á']) expect(text, ch).toContain(ch);
    expect(text).toContain('¿Qué letras lleva el español?');
    const fonts = spawnSync('pdffonts', [slides], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is embedded (emb = yes) and is the theme's own: no fallback font for a missing glyph.
    for (const line of fonts) {
      expect(line, line).toMatch(/AtkinsonHyperlegible/);
      expect(line.split(/\s+/).slice(-5)[0], line).toBe('yes');
    }
  });
});
