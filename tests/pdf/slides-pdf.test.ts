import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import { builtDeck, exportAndRead, pdfFlags, pdfinfo, renderPage, startPdfEngine, type PdfContents } from '../helpers/pdf.js';

let engine: PdfEngine;
const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-pdf-'));
const when = new Date('2026-11-23T09:00:00Z');

/** Export the slides PDF of a deck and read it back. */
async function slidesPdf(
  deck: string,
  extra: { printBackground?: boolean } = {},
): Promise<{ file: string; bytes: Uint8Array; pdf: PdfContents }> {
  return exportAndRead(await builtDeck(deck), engine, 'slides', out, 'letter', { creationDate: when, ...extra });
}

beforeAll(async () => {
  engine = await startPdfEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe('slides PDF', () => {
  it('prints one 16:9 page per slide with its text, selectable, and numbered', async () => {
    const { file, pdf } = await slidesPdf('tests/fixtures/library/decks/intro.yaml');
    expect(pdfinfo(file)).toMatchObject({ Pages: '9', 'Page size': '960 x 540 pts', Tagged: 'yes' });
    expect(pdf.pages.every((p) => p.width === 960 && p.height === 540)).toBe(true);
    expect(pdf.pages[0]!.text).toMatch(
      /^Checkpoint inhibitors\nA short introduction\nA\. Nurse, RN · Example Cancer Centre · November 23, 2026/,
    );
    expect(pdf.pages[1]!.text).toContain('Your immune system has brakes');
    expect(pdf.pages[1]!.text).toContain('T cells are white blood cells that find and kill sick cells.');
    expect(pdf.pages[2]!.text).toContain('The medicine blocks the brake so the T cell can attack.');
    expect(pdf.pages[8]!.text).toMatch(/References[\s\S]*National Cancer Institute\. Immune checkpoint inhibitors/);
    expect(pdf.pages[8]!.text).not.toContain('Sharma P'); // not cited by any chosen slide
    pdf.pages.forEach((p, i) => expect(p.text).toContain(`${i + 1} / 9`));
    // Speaker notes are not printed on slides.
    expect(pdf.pages[1]!.text).not.toContain('Ask the listener');
  });

  it('has bookmarks by topic then slide, metadata, a language and tags', async () => {
    const { bytes, pdf } = await slidesPdf('tests/fixtures/library/decks/intro.yaml');
    const titles = (list: PdfContents['outline']): unknown[] =>
      list.map((b) => (b.children.length ? [b.title, b.page, titles(b.children)] : [b.title, b.page]));
    expect(titles(pdf.outline)).toEqual([
      ['Checkpoint inhibitors', 1],
      [
        'How checkpoint inhibitors work',
        2,
        [
          ['Your immune system has brakes', 2],
          ['Releasing the brake', 3],
          ['Common checkpoint medicines', 4],
          ['Side effects can start late', 5],
          ['Questions?', 6],
          ['Your immune system has brakes', 7],
          ['Side effects can start late', 8],
        ],
      ],
      ['References', 9],
    ]);
    expect(pdf.info).toMatchObject({
      Title: 'Checkpoint inhibitors',
      Author: 'A. Nurse, RN',
      Subject: 'A short introduction',
      Keywords: 'immunotherapy, How checkpoint inhibitors work',
      Creator: 'ImmunoDeck',
      Producer: expect.stringMatching(/^ImmunoDeck \S+ \(Chromium \d+/),
      CreationDate: 'D:20261123090000Z',
    });
    expect(await pdfFlags(bytes)).toEqual({ marked: true, structTree: true, lang: 'en', displayDocTitle: true });
  });

  it("with --print-background, prints dark and section backgrounds to the page edge, in the deck's language", async () => {
    const { file, bytes, pdf } = await slidesPdf('tests/fixtures/pdf/library/decks/night.yaml', { printBackground: true });
    expect(pdf.pages).toHaveLength(7);
    expect((await pdfFlags(bytes)).lang).toBe('en-GB');
    expect(pdf.info['Subject']).toBe('What to do at night');
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);
    for (const [page, colour] of [
      [1, [11, 31, 58]],
      [2, [124, 45, 18]],
      [3, [11, 31, 58]],
    ] as const) {
      const img = renderPage(file, page, 30);
      const corners = [
        img.pixel(0, 0),
        img.pixel(img.width - 1, 0),
        img.pixel(0, img.height - 1),
        img.pixel(img.width - 1, img.height - 1),
      ];
      for (const c of corners) expect(near(c, [...colour]), `page ${page} corner ${c.join(',')}`).toBe(true);
    }
    expect(titlesOf(pdf)).toEqual(['After-hours care', 'Side effects at night', 'Caring for yourself', 'References']);
  });

  it('prints a dark deck on white paper by default (issue 12: the print palette)', async () => {
    const { file } = await slidesPdf('tests/fixtures/pdf/library/decks/night.yaml');
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);
    for (const [page, colour] of [
      [1, [255, 255, 255]],
      [2, [238, 244, 251]],
    ] as const) {
      const img = renderPage(file, page, 30);
      expect(near(img.pixel(0, 0), [...colour]), `page ${page}`).toBe(true);
      expect(near(img.pixel(img.width - 1, img.height - 1), [...colour]), `page ${page}`).toBe(true);
    }
  });

  it('keeps 4:3 decks at 4:3', async () => {
    const { file, pdf } = await slidesPdf('tests/fixtures/pdf/library/decks/day.yaml');
    expect(pdfinfo(file)['Page size']).toBe('768 x 576 pts');
    expect(pdf.pages[1]!.text).toContain('Drink water through the day.');
    // The slide keeps its padding: text does not start at the page edge.
    const img = renderPage(file, 2, 30);
    expect(img.pixel(2, 12)).toEqual([255, 255, 255]);
  });
});

function titlesOf(pdf: PdfContents): string[] {
  return pdf.outline.map((b) => b.title);
}
