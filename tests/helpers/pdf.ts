import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import { buildDeck, type BuiltDeck } from './build.js';
import { launchChromiumEngine } from '../../core/export/chromium-engine.js';
import { exportPdf } from '../../core/export/export-pdf.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';

/** One bookmark as a viewer shows it. */
export interface Bookmark {
  title: string;
  /** 1-based page it opens. */
  page: number;
  children: Bookmark[];
}

/** What a PDF shows a reader: pages' text and sizes, bookmarks and document information. */
export interface PdfContents {
  pages: { text: string; width: number; height: number }[];
  outline: Bookmark[];
  info: Record<string, unknown>;
}

/** Read a PDF the way a viewer does (pdf.js): text per page, page sizes in pt, outline, info. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfContents['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text: text.replace(/[ \t]+/g, ' '), width, height });
  }
  const resolve = async (items: Awaited<ReturnType<typeof doc.getOutline>> | null): Promise<Bookmark[]> =>
    Promise.all(
      (items ?? []).map(async (i) => {
        const dest = typeof i.dest === 'string' ? await doc.getDestination(i.dest) : i.dest;
        const page = dest ? (await doc.getPageIndex(dest[0] as { num: number; gen: number })) + 1 : 0;
        return { title: i.title, page, children: await resolve(i.items) };
      }),
    );
  const outline = await resolve(await doc.getOutline());
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, info: info as Record<string, unknown> };
}

/** Accessibility flags from the catalog: tagged (MarkInfo/Marked + StructTreeRoot) and /Lang. */
export async function pdfFlags(
  bytes: Uint8Array,
): Promise<{ marked: boolean; structTree: boolean; lang?: string; displayDocTitle: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const cat = doc.catalog;
  const mark = cat.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const lang = cat.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString);
  const prefs = cat.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  return {
    marked: mark?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() ?? false,
    structTree: cat.has(PDFName.of('StructTreeRoot')),
    lang: lang?.decodeText(),
    displayDocTitle: prefs?.lookupMaybe(PDFName.of('DisplayDocTitle'), PDFBool)?.asBoolean() ?? false,
  };
}

/** `pdfinfo` output as a map (poppler-utils). */
export function pdfinfo(file: string): Record<string, string> {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo failed: ${r.stderr}`);
  return Object.fromEntries(
    r.stdout
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/**
 * Render one page with pdftoppm at `dpi` and return its pixels (RGB). Used to check that a
 * background reaches the page's edge.
 */
export function renderPage(
  file: string,
  page: number,
  dpi = 30,
): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  const r = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
  const ppm = r.stdout;
  // Binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PPM');
  const [whole, w, h] = header as unknown as [string, string, string];
  const width = Number(w);
  const height = Number(h);
  const data = ppm.subarray(whole.length);
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = (y * width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** Build a deck, failing the test with its diagnostics when it does not build. */
export async function builtDeck(deck: string): Promise<BuiltDeck> {
  const r = await buildDeck(deck);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/**
 * Launch the system Chromium as a PDF engine. CI installs Debian's chromium: a missing browser
 * fails the test here, it is never skipped.
 */
export async function startPdfEngine(): Promise<PdfEngine> {
  const started = await launchChromiumEngine();
  if (!started.ok) throw new Error(started.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`).join('\n'));
  return started.value;
}

/** Export one PDF, expect no warnings, and read the file back. */
export async function exportAndRead(...args: Parameters<typeof exportPdf>): Promise<{ file: string; bytes: Uint8Array; pdf: PdfContents }> {
  const r = await exportPdf(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  expect(r.warnings).toEqual([]);
  const bytes = new Uint8Array(readFileSync(r.value.file));
  return { file: r.value.file, bytes, pdf: await readPdf(bytes) };
}
