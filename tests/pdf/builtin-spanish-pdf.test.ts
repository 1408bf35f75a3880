import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { launchChromiumEngine } from '../../core/export/chromium-engine.js';
import { createEngineSlot, type EngineSlot } from '../../core/export/engine-slot.js';
import { runDeckJob } from '../../core/job/deck-job.js';
import { pdfFlags, pdfinfo } from '../helpers/pdf.js';

/**
 * Every built-in Spanish deck printed as a nurse would print it: slides, 3-up handout, notes pages
 * and the take-home leaflet. Each PDF says /Lang es, and none shows a label ImmunoDeck adds in
 * English (the sources' own English titles are allowed; their "accessed" date is not).
 */
const DECKS = readdirSync('content/decks')
  .filter((f) => f.endsWith('-es.yaml'))
  .map((f) => `content/decks/${f}`);

/** English chrome of printed pages and slides, as whole words or phrases. */
const ENGLISH_CHROME =
  /\bPage \d+ of\b|\bSources:|\bNotes\b|\baccessed\b|\bReferences\b|\bYour care team\b|\bAfter-hours number\b|\bMy questions\b|\bCall now\b|\bContent reviewed\b|\bPrinted \w+ \d|\bhandout, \d per page|\bnotes pages\b|\btake-home leaflet\b|\bShown in English\b/;

let engine: EngineSlot;
let out: string;
beforeAll(() => {
  engine = createEngineSlot(() => launchChromiumEngine());
  out = mkdtempSync(path.join(tmpdir(), 'immunodeck-builtin-es-'));
});
afterAll(async () => {
  await engine.close();
  rmSync(out, { recursive: true, force: true });
});

/** The PDF's text as pdftotext reads it, soft hyphens removed and lines joined. */
function pdfText(file: string): string {
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .stdout.replace(/\u00ad/g, '')
    .replace(/-\n(?=[a-z])/g, '')
    .replace(/\s+/g, ' ');
}

describe('built-in Spanish decks in print', () => {
  it.each(DECKS)('%s prints slides, handout, notes pages and leaflet in Spanish, with /Lang es', async (file) => {
    const r = await runDeckJob({
      source: { file },
      outputs: ['pdf', 'handout', 'notes', 'leaflet'],
      outDir: out,
      engine,
      paper: 'letter',
      handoutLayout: 3,
    });
    if (!r.ok) throw new Error(r.problems.map(formatDiagnostic).join('\n'));
    expect(r.files.map((f) => f.output)).toEqual(['pdf', 'handout', 'notes', 'leaflet']);
    for (const [i, { file: pdf }] of r.files.entries()) {
      expect((await pdfFlags(readFileSync(pdf))).lang, pdf).toBe('es');
      expect(pdfinfo(pdf)['Keywords'], pdf).toMatch(/^inmunoterapia, /);
      const text = pdfText(pdf);
      expect(text, pdf).not.toMatch(ENGLISH_CHROME);
      // Printed pages (all but the slides PDF) carry Spanish page numbers.
      if (i > 0) expect(text, pdf).toMatch(/Página 1 de \d+/);
    }
    const [slides, handout, notes, leaflet] = r.files.map((f) => f.file) as [string, string, string, string];
    expect(pdfinfo(handout)['Title']).toMatch(/— folleto, 3 por página$/);
    expect(pdfinfo(notes)['Title']).toMatch(/— páginas de notas$/);
    expect(pdfinfo(leaflet)['Title']).toMatch(/— hoja informativa para llevar a casa$/);
    expect(pdfText(slides)).toMatch(/Uso educativo|Solo para aprender/);
  });
});
