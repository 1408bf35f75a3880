import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltDeck } from '../helpers/build.js';
import type { PdfKind } from '../../core/export/export-pdf.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import type { Paper } from '../../core/options.js';
import { builtDeck, exportAndRead, pdfFlags, pdfinfo, renderPage, startPdfEngine, type PdfContents } from '../helpers/pdf.js';

let engine: PdfEngine;
let intro: BuiltDeck;
let night: BuiltDeck;
const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-handout-'));
const SIZES: Record<Paper, string> = { letter: '612 x 792 pts (letter)', a4: '594.96 x 841.92 pts (A4)' };
/** 4 per page prints on the sheet turned sideways (core/render/handout-layout.ts). */
const LANDSCAPE: Record<Paper, string> = { letter: '792 x 612 pts (letter)', a4: '841.92 x 594.96 pts (A4)' };

async function handout(deck: BuiltDeck, kind: PdfKind, paper: Paper): Promise<{ file: string; bytes: Uint8Array; pdf: PdfContents }> {
  return exportAndRead(deck, engine, kind, out, paper);
}

beforeAll(async () => {
  engine = await startPdfEngine();
  intro = await builtDeck('tests/fixtures/library/decks/intro.yaml');
  night = await builtDeck('tests/fixtures/pdf/library/decks/night.yaml');
});
afterAll(async () => {
  await engine?.close();
});

describe('handouts', () => {
  for (const paper of ['letter', 'a4'] as const) {
    for (const perPage of [1, 2, 3, 4, 6] as const) {
      it(`${perPage} per page on ${paper}: pages, header, footer and the slides' own text`, async () => {
        const { file, bytes, pdf } = await handout(intro, perPage, paper);
        expect(path.basename(file)).toBe(`intro-handout-${perPage}up-${paper}.pdf`);
        // Issue 12: the references slide prints as a full-width text page after the 8 thumbnails.
        const pages = Math.ceil(8 / perPage) + 1;
        expect(pdfinfo(file)).toMatchObject({
          Pages: String(pages),
          'Page size': (perPage === 4 ? LANDSCAPE : SIZES)[paper],
          Tagged: 'yes',
        });
        pdf.pages.forEach((p, i) => {
          expect(p.text.startsWith('Checkpoint inhibitors')).toBe(true);
          expect(p.text).toContain('A. Nurse, RN · November 23, 2026');
          expect(p.text).toMatch(new RegExp(`Example Cancer Centre\\s*Page ${i + 1} of ${pages}\\s*$`));
        });
        // Thumbnails are the slides' HTML: their text is in the PDF, in order, with slide numbers.
        const all = pdf.pages.map((p) => p.text).join('\n');
        expect(all).toContain('T cells are white blood cells that find and kill sick cells.');
        expect(all.indexOf('Releasing the brake')).toBeLessThan(all.indexOf('Common checkpoint medicines'));
        for (let n = 1; n <= 8; n++) expect(all).toContain(`${n} / 9`);
        expect(pdf.pages.at(-1)!.text).toMatch(/^Checkpoint inhibitors[\s\S]*References\s*1\. /m);
        expect(all).not.toContain('Ask the listener');
        expect(pdf.outline.map((b) => [b.title, b.page])).toEqual([
          ['Checkpoint inhibitors', 1],
          ['How checkpoint inhibitors work', Math.floor(1 / perPage) + 1],
          ['References', pages],
        ]);
        expect(pdf.info['Title']).toBe(`Checkpoint inhibitors — handout, ${perPage} per page`);
        expect(await pdfFlags(bytes)).toMatchObject({ marked: true, structTree: true, lang: 'en' });
        if (perPage === 3) expect(pdf.pages[0]!.text.match(/Notes/g)).toHaveLength(3);
        if (perPage === 1) expect(pdf.pages[0]!.text).toContain('Notes');
      });
    }
  }

  it('prints a dark theme on light paper: white slides, a light tint for section slides (issue 12)', async () => {
    const { file } = await handout(night, 3, 'letter');
    const img = renderPage(file, 1, 30);
    expect(img.pixel(0, 0)).toEqual([255, 255, 255]);
    expect(img.pixel(img.width - 1, img.height - 1)).toEqual([255, 255, 255]);
    // Letter at 30 dpi is 255×330 px; the slides sit in the left part, one per third.
    const near = (c: number[], want: number[]) => c.every((v, i) => Math.abs(v - want[i]!) <= 8);
    expect(near(img.pixel(40, 60), [255, 255, 255])).toBe(true); // title slide: was navy on screen
    expect(near(img.pixel(40, 140), [238, 244, 251])).toBe(true); // section slide (above its heading's accent bar): light tint, not dark red
  });
});

describe('notes pages', () => {
  it('shows each slide above its speaker notes, one per page', async () => {
    const { file, pdf } = await handout(night, 'notes', 'a4');
    expect(path.basename(file)).toBe('night-notes-a4.pdf');
    expect(pdfinfo(file)).toMatchObject({ Pages: '7', 'Page size': SIZES.a4 });
    expect(pdf.pages[2]!.text).toMatch(
      /Call us, day or night[\s\S]*Show the card with the after-hours number\.[\s\S]*months after the last dose\./,
    );
    expect(pdf.pages[2]!.text).toMatch(/Page 3 of 7\s*$/);
    expect(pdf.info['Title']).toBe('After-hours care — notes pages');
    expect(pdf.outline[1]!.children.map((b) => [b.title, b.page])).toEqual([
      ['Call us, day or night', 3],
      ['Go to the emergency room if', 4],
    ]);
  });
});
