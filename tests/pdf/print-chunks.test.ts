/**
 * Very large PDFs print in parts from one page load and are merged (core/export/print-chunks.ts,
 * merge-pdf.ts). Here a small deck is printed in parts of two pages (threshold 1) and compared with
 * the same PDF printed whole: pages, their text, continuous page numbers, outline targets,
 * metadata, language and the tag structure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfKind } from '../../core/export/export-pdf.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import { builtDeck, exportAndRead, pdfFlags, pdfinfo, startPdfEngine, type PdfContents } from '../helpers/pdf.js';

let engine: PdfEngine;
const when = new Date('2026-11-23T09:00:00Z');
const intro = 'tests/fixtures/library/decks/intro.yaml';

beforeAll(async () => {
  engine = await startPdfEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** Print `kind` whole and in parts of two pages; `parts` records the progress calls. */
async function both(kind: PdfKind) {
  const deck = await builtDeck(intro);
  const whole = await exportAndRead(deck, engine, kind, mkdtempSync(path.join(tmpdir(), 'immunodeck-whole-')), 'letter', {
    creationDate: when,
  });
  const parts: [number, number][] = [];
  const chunked = await exportAndRead(deck, engine, kind, mkdtempSync(path.join(tmpdir(), 'immunodeck-parts-')), 'letter', {
    creationDate: when,
    chunks: { thresholdPages: 1, pages: 2 },
    onPart: (done, total) => parts.push([done, total]),
  });
  return { whole, chunked, parts };
}

const titles = (list: PdfContents['outline']): unknown[] =>
  list.map((b) => (b.children.length ? [b.title, b.page, titles(b.children)] : [b.title, b.page]));

/** Every page's /StructParents names an entry of the parent tree, each used once: marked content maps to its element. */
async function structParentsResolve(bytes: Uint8Array): Promise<{ pages: number; keys: number[]; kids: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys = new Set<number>();
  for (let i = 0; i < nums.size(); i += 2) keys.add((nums.lookup(i) as PDFNumber).asNumber());
  const used = doc.getPages().map((p) => p.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber());
  for (const key of used) expect(keys.has(key)).toBe(true);
  expect(new Set(used).size).toBe(used.length);
  const top = root.get(PDFName.of('K'));
  const document = doc.context.lookup(top instanceof PDFRef ? top : undefined, PDFDict);
  const kids = document.lookup(PDFName.of('K'));
  return { pages: used.length, keys: [...keys], kids: kids instanceof PDFArray ? kids.size() : 1 };
}

describe('PDFs printed in parts and merged', () => {
  it('slides: the same pages, text, numbers "n / 9", outline targets, metadata and language as one print', async () => {
    const { whole, chunked, parts } = await both('slides');
    expect(parts).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(pdfinfo(chunked.file)).toMatchObject({ Pages: '9', 'Page size': '960 x 540 pts', Tagged: 'yes' });
    expect(chunked.pdf.pages.map((p) => p.text)).toEqual(whole.pdf.pages.map((p) => p.text));
    chunked.pdf.pages.forEach((p, i) => expect(p.text).toContain(`${i + 1} / 9`));
    expect(titles(chunked.pdf.outline)).toEqual(titles(whole.pdf.outline));
    expect(chunked.pdf.outline.at(-1)).toMatchObject({ title: 'References', page: 9 });
    expect(chunked.pdf.info).toMatchObject({ Title: 'Checkpoint inhibitors', Creator: 'ImmunoDeck', Author: 'A. Nurse, RN' });
    expect(await pdfFlags(chunked.bytes)).toEqual(await pdfFlags(whole.bytes));
    expect((await pdfFlags(chunked.bytes)).lang).toBe('en');
  });

  it('slides: the tag structure is one tree over every page, in page order', async () => {
    const { whole, chunked } = await both('slides');
    const merged = await structParentsResolve(chunked.bytes);
    expect(merged.pages).toBe(9);
    // One top-level group per part under the one /Document element, where one print has one.
    expect(merged.kids).toBe((await structParentsResolve(whole.bytes)).kids * 5);
    // The structure tree's text, read in order, is the pages' text in order (poppler's reading of the tags).
    const tagged = (file: string) => spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).stdout;
    const words = (s: string) => [...s.matchAll(/^\s*"(.+)"$/gm)].map((m) => m[1]);
    expect(words(tagged(chunked.file))).toEqual(words(tagged(whole.file)));
    // Every part's pages are in the tree, in page order: each slide's heading (the outline's leaves,
    // by page) is found in the tagged text after the one before it. Slide numbers are page furniture,
    // outside the tree.
    const leaves = (list: PdfContents['outline']): { title: string; page: number }[] =>
      list.flatMap((b) => (b.children.length ? leaves(b.children) : [{ title: b.title, page: b.page }]));
    const text = words(tagged(chunked.file)).join(' ');
    const headings = leaves(whole.pdf.outline).sort((a, b) => a.page - b.page);
    expect(new Set(headings.map((h) => h.page)).size).toBe(9);
    let at = -1;
    for (const h of headings) {
      const found = text.indexOf(h.title, at + 1);
      expect(found, `"${h.title}" (page ${h.page}) in the tags after the previous heading`).toBeGreaterThan(at);
      at = found;
    }
    expect(text).not.toMatch(/\d \/ 9/);
  });

  it('notes pages: "Page x of y" runs on across parts, outline targets kept (pdftotext)', async () => {
    const { whole, chunked } = await both('notes');
    const pages = Number(pdfinfo(whole.file)['Pages']);
    expect(pdfinfo(chunked.file)['Pages']).toBe(String(pages));
    const text = spawnSync('pdftotext', ['-layout', chunked.file, '-'], { encoding: 'utf8' }).stdout.split('\f');
    for (let n = 1; n <= pages; n++) expect(text[n - 1]).toContain(`Page ${n} of ${pages}`);
    expect(chunked.pdf.pages.map((p) => p.text)).toEqual(whole.pdf.pages.map((p) => p.text));
    expect(titles(chunked.pdf.outline)).toEqual(titles(whole.pdf.outline));
    expect(chunked.pdf.info['Title']).toBe('Checkpoint inhibitors — notes pages');
    expect((await structParentsResolve(chunked.bytes)).pages).toBe(pages);
  });

  it('a 3-up handout in parts of two sheets has the same sheets', async () => {
    const { whole, chunked, parts } = await both(3);
    expect(chunked.pdf.pages.map((p) => p.text)).toEqual(whole.pdf.pages.map((p) => p.text));
    expect(parts.at(-1)).toEqual([Math.ceil(whole.pdf.pages.length / 2), Math.ceil(whole.pdf.pages.length / 2)]);
    expect(titles(chunked.pdf.outline)).toEqual(titles(whole.pdf.outline));
  });
});
