/**
 * Issue 12, "Print that patients can read": the PDFs themselves, read back with pdf.js and rendered
 * with pdftoppm — text sizes per handout layout, the leaflet, light paper for dark themes, and the
 * structure tree.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngineSlot } from '../../core/export/engine-slot.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import { runDeckJob, type DeckJobOptions } from '../../core/job/deck-job.js';
import { HANDOUT_LAYOUTS, PAPER_NAMES } from '../../core/options.js';
import { handoutGeometry } from '../../core/render/handout-layout.js';
import { minPrintedBodyPt } from '../../core/render/print-sizes.js';
import { renderLeaflet } from '../../core/render/render-leaflet.js';
import { ok } from '../../core/result.js';
import { builtDeck, exportAndRead, pdfFlags, readPdf, renderPage, startPdfEngine } from '../helpers/pdf.js';

let engine: PdfEngine;
const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-print-'));
const INTRO = 'content/decks/intro-patients.yaml';

beforeAll(async () => {
  engine = await startPdfEngine();
});
afterAll(async () => {
  await engine?.close();
});

/** Every text item of a PDF with its printed size in pt (pdf.js: the text matrix times the page's). */
async function textSizes(bytes: Uint8Array): Promise<{ page: number; str: string; pt: number; y: number }[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const items: { page: number; str: string; pt: number; y: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const i of content.items)
      if ('str' in i && i.str.trim())
        items.push({ page: n, str: i.str, pt: Math.hypot(i.transform[0]!, i.transform[1]!), y: i.transform[5]! });
  }
  await doc.destroy();
  return items;
}

/** The structure tree's roles (and figures' alt text), read back with pdf.js. */
async function structure(bytes: Uint8Array): Promise<{ roles: Set<string>; alts: string[] }> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const roles = new Set<string>();
  const alts: string[] = [];
  type Node = { role?: string; alt?: string; children?: Node[] };
  const walk = (node: Node | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    if (node.role === 'Figure' && node.alt) alts.push(node.alt);
    for (const c of node.children ?? []) walk(c);
  };
  for (let n = 1; n <= doc.numPages; n++) walk((await (await doc.getPage(n)).getStructTree()) as Node);
  await doc.destroy();
  return { roles, alts };
}

async function job(options: Omit<DeckJobOptions, 'engine' | 'outDir'>) {
  const r = await runDeckJob({ ...options, outDir: out, engine: createEngineSlot(async () => ok(engine)) });
  expect(r.files.length, JSON.stringify(r.problems)).toBe(options.outputs?.length ?? 0);
  return r;
}

describe('handouts people can read', () => {
  for (const paper of PAPER_NAMES) {
    for (const layout of HANDOUT_LAYOUTS) {
      it(`${layout} per page on ${paper}: body text prints at least at the documented minimum`, async () => {
        const deck = await builtDeck('tests/fixtures/library/decks/intro.yaml');
        const { bytes } = await exportAndRead(deck, engine, layout, out, paper);
        const min = minPrintedBodyPt(deck.rendered.theme, layout, paper, deck.model);
        const body = (await textSizes(bytes)).filter((i) => i.str.includes('T cells are white blood cells'));
        expect(body.length).toBeGreaterThan(0);
        for (const i of body) expect(i.pt).toBeGreaterThanOrEqual(min - 0.05);
        // The documented table says the same (docs/pdf-export.md).
        const docs = readFileSync('docs/pdf-export.md', 'utf8');
        expect(docs).toContain(`| ${layout} | ${paper === 'letter' ? 'Letter' : 'A4'} | ${min.toFixed(1)} pt |`);
      });
    }
  }

  // Issue 12 item 2: tighter grids. 4 per page turns the sheet sideways (slides a third larger than on
  // a portrait sheet, where body text printed at 6.1 pt on Letter and 5.9 pt on A4) and sets its rows
  // a small gap apart.
  for (const paper of PAPER_NAMES) {
    it(`4 per page on ${paper}: landscape, body text at 8 pt or more, rows a small gap apart`, async () => {
      const deck = await builtDeck('tests/fixtures/library/decks/intro.yaml');
      const { bytes, pdf } = await exportAndRead(deck, engine, 4, out, paper);
      expect(pdf.pages[0]!.width).toBeGreaterThan(pdf.pages[0]!.height);
      const sizes = await textSizes(bytes);
      const body = sizes.filter((i) => i.str.includes('T cells are white blood cells'));
      expect(body.length).toBeGreaterThan(0);
      for (const i of body) expect(i.pt).toBeGreaterThanOrEqual(8);
      // Each thumbnail's slide number ("1 / 8") sits at the same place in its slide: the distance
      // between rows' numbers is one thumbnail's height plus the gap between the rows.
      const rows = [...new Set(sizes.filter((i) => i.page === 1 && /^\d+ \/ \d+$/.test(i.str.trim())).map((i) => Math.round(i.y)))];
      expect(rows).toHaveLength(2);
      const g = handoutGeometry(4, paper, deck.model.width, deck.model.height);
      const gapPt = Math.abs(rows[0]! - rows[1]!) - (g.thumbHeight * 72) / 96;
      expect(gapPt).toBeLessThanOrEqual((g.gap * 72) / 96 + 1.5);
    });
  }

  it('large print: 2 per page by default, text at 12 pt or more; 3 per page warns at the theme line', async () => {
    const byDefault = await job({ source: { file: INTRO }, overrides: { theme: 'large-print' }, outputs: ['handout'], paper: 'letter' });
    expect(path.basename(byDefault.files[0]!.file)).toBe('intro-patients-handout-2up-letter.pdf');
    expect(byDefault.problems.filter((p) => p.severity === 'warning' && p.code === 'PDF')).toEqual([]);
    const sizes = await textSizes(new Uint8Array(readFileSync(byDefault.files[0]!.file)));
    const body = sizes.filter((i) => i.str.includes('fights germs'));
    expect(body.length).toBeGreaterThan(0);
    for (const i of body) expect(i.pt).toBeGreaterThanOrEqual(12);

    const three = await job({ source: { file: INTRO }, overrides: { theme: 'large-print' }, outputs: ['handout'], handoutLayout: 3 });
    const warned = three.problems.find((p) => p.code === 'PDF' && p.severity === 'warning');
    expect(warned?.message).toMatch(/3 slides per page prints the large-print theme's body text at 11\.\d pt, under its 12 pt minimum/);
    expect(warned?.hint).toMatch(/--handout-layout 1 or 2/);
    expect(warned?.location?.file).toMatch(/intro-patients\.yaml$/);
  });

  it('dark theme: handouts, notes pages and the leaflet print on white paper', async () => {
    const r = await job({ source: { file: INTRO }, overrides: { theme: 'dark' }, outputs: ['handout', 'notes', 'leaflet'], paper: 'a4' });
    for (const f of r.files) {
      const img = renderPage(f.file, 1, 20);
      let dark = 0;
      for (let y = 0; y < img.height; y += 4) for (let x = 0; x < img.width; x += 4) if (img.pixel(x, y).every((v) => v < 60)) dark++;
      // Text is dark; a navy page would make most samples dark.
      const samples = Math.ceil(img.height / 4) * Math.ceil(img.width / 4);
      expect(dark / samples, path.basename(f.file)).toBeLessThan(0.08);
    }
  });
});

describe('the take-home leaflet', () => {
  it('prints the intro deck as 2–6 readable pages with the care team, write-in lines and sources', async () => {
    const r = await job({
      source: { file: INTRO },
      overrides: { branding: { phone: '(555) 010-0199' } },
      outputs: ['leaflet'],
      paper: 'letter',
    });
    const file = r.files[0]!.file;
    expect(path.basename(file)).toBe('intro-patients-leaflet-letter.pdf');
    const bytes = new Uint8Array(readFileSync(file));
    const pdf = await readPdf(bytes);
    // The target: two to six pages for a typical patient deck (the intro deck has 35 slides).
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.length).toBeLessThanOrEqual(6);
    expect(pdf.pages[0]!.width).toBe(612);
    const all = pdf.pages.map((p) => p.text).join('\n');
    for (const text of [
      'Your care team',
      '(555) 010-0199',
      'After-hours number',
      'Call now — do not wait',
      'Bloody or black stool',
      'My questions for my care team',
      'Sources',
      'Content reviewed November 20, 2026',
      'It is not medical advice',
    ])
      expect(all).toContain(text);
    // Speaker notes are not in a patient's leaflet.
    expect(all).not.toContain('Ask:');
    expect(pdf.pages[0]!.text).toMatch(/Page 1 of \d/);
    // Headings and bullets at 12 pt or more; diagram labels at least 60% of that; only the running footer is smaller.
    const sizes = await textSizes(bytes);
    const labels = diagramLabels();
    const text = sizes.filter(
      (i) => !/^Page \d+ of \d+$/.test(i.str) && !i.str.startsWith('Immunotherapy: an intro') && !labels.has(i.str.trim()),
    );
    expect(Math.min(...text.map((i) => i.pt))).toBeGreaterThanOrEqual(11.95);
    const inDiagrams = sizes.filter((i) => labels.has(i.str.trim()));
    expect(inDiagrams.length).toBeGreaterThan(0);
    expect(Math.min(...inDiagrams.map((i) => i.pt))).toBeGreaterThanOrEqual(0.6 * 12);
    // Bookmarks from the headings; tagged, with the language.
    const titles = (list: typeof pdf.outline): string[] => list.flatMap((b) => [b.title, ...titles(b.children)]);
    // Each bookmark is a heading's own text: not doubled ("SourcesSources") and with its spaces
    // where a long heading wraps ("…for patientsand families"), as Chromium writes them.
    const marks = titles(pdf.outline);
    expect(marks).toEqual(
      expect.arrayContaining([
        'Immunotherapy: an introduction for patients and families',
        'Your care team',
        'When to call your care team',
        'Sources',
      ]),
    );
    for (const m of marks) expect(m, 'a doubled bookmark title').not.toMatch(/^(.+?)\s*\1$/);
    expect(await pdfFlags(bytes)).toMatchObject({ marked: true, structTree: true, lang: 'en' });
    const tree = await structure(bytes);
    for (const role of ['H1', 'H2', 'H3', 'L', 'LI', 'Figure']) expect(tree.roles, role).toContain(role);
    expect(tree.alts.join(' ')).toMatch(/\w{4,}/);
  });

  it('prints the intro deck on two to six A4 pages too, sources as a short list', async () => {
    const r = await job({ source: { file: INTRO }, overrides: {}, outputs: ['leaflet'], paper: 'a4' });
    const pdf = await readPdf(new Uint8Array(readFileSync(r.files[0]!.file)));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.length).toBeLessThanOrEqual(6);
    expect(pdf.pages[0]!.width).toBeCloseTo(595, 0);
    const all = pdf.pages.map((p) => p.text).join('\n');
    // Short sources: who, title, year and where — the site's name, not its long address or an access date.
    expect(all).toMatch(/National Cancer Institute\. Immunotherapy to\s+treat cancer\. cancer\.gov/);
    expect(all).not.toContain('https://www.cancer.gov/about-cancer');
    expect(all).not.toContain('accessed');
  });

  // Every built-in patient deck, in its own theme, on Letter (the taller A4 holds more): two to six
  // pages with nothing under the leaflet's minimum. The Spanish side-effects deck ran to 7 pages.
  const PATIENT_DECKS = ['intro-patients', 'side-effects-patients', 'starting-immunotherapy', 'caregivers', 'questions-handout'];
  for (const name of PATIENT_DECKS.flatMap((d) => [d, `${d}-es`])) {
    it(`prints ${name} on two to six Letter pages, text at the leaflet's minimum, each call-now box whole`, async () => {
      const file = `content/decks/${name}.yaml`;
      const r = await job({ source: { file }, overrides: {}, outputs: ['leaflet'], paper: 'letter' });
      const bytes = new Uint8Array(readFileSync(r.files[0]!.file));
      const pdf = await readPdf(bytes);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
      expect(pdf.pages.length).toBeLessThanOrEqual(6);
      const deck = await builtDeck(file);
      const leaflet = renderLeaflet(deck.model, deck.rendered, { paper: 'letter' });
      if (!leaflet.ok) throw new Error(JSON.stringify(leaflet.diagnostics));
      const labels = diagramLabels();
      // The running footer (the title and "Page n of m", in the bottom margin) prints at 10 pt by design.
      const sizes = (await textSizes(bytes)).filter((i) => i.y > 0.6 * 72);
      const text = sizes.filter((i) => !labels.has(i.str.trim()));
      expect(Math.min(...text.map((i) => i.pt))).toBeGreaterThanOrEqual(leaflet.value.minTextPt - 0.05);
      // Diagram labels at 60% of body size or more.
      for (const i of sizes) expect(i.pt).toBeGreaterThanOrEqual(0.6 * leaflet.value.minTextPt - 0.05);
      // Call-now boxes are kept whole on the page (break-inside: avoid), so none may be taller than a
      // page's share: a long run of urgent slides is cut into boxes of at most three warnings.
      const boxes = leaflet.value.html.match(/<section class="call-now"[\s\S]*?<\/section>/g) ?? [];
      for (const box of boxes) expect((box.match(/class="call-now-group"/g) ?? []).length).toBeLessThanOrEqual(3);
      const label = boxes[0]?.match(/class="call-now-label">([^<]+)</)?.[1];
      if (label)
        expect(
          pdf.pages
            .map((p) => p.text)
            .join('\n')
            .split(label).length - 1,
        ).toBe(boxes.length);
    });
  }

  it('has write-in lines for the name, phone and questions when branding gives none', async () => {
    const deck = await builtDeck(INTRO);
    const r = renderLeaflet(deck.model, deck.rendered, { paper: 'a4' });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.html.match(/class="write-line"/g)).toHaveLength(3 + 6);
    expect(r.value.html).toContain('size: 8.26');
    expect(r.value.minTextPt).toBe(12);
  });

  it('sets large print at 14 pt or more', async () => {
    const r = await job({ source: { file: INTRO }, overrides: { theme: 'large-print' }, outputs: ['leaflet'], paper: 'a4' });
    const bytes = new Uint8Array(readFileSync(r.files[0]!.file));
    const labels = diagramLabels();
    const sizes = (await textSizes(bytes)).filter(
      (i) => !/^Page \d+ of \d+$/.test(i.str) && !i.str.startsWith('Immunotherapy: an intro') && !labels.has(i.str.trim()),
    );
    expect(Math.min(...sizes.map((i) => i.pt))).toBeGreaterThanOrEqual(13.95);
  });
});

describe('structure tree', () => {
  // The slide content of every output is checked in structure-tree.test.ts. Here: the references
  // text page of handouts and notes pages is tagged as a heading and a list with links.
  it('handouts and notes pages carry the references heading and list, and /Lang', async () => {
    const deck = await builtDeck(INTRO);
    for (const kind of [2, 'notes'] as const) {
      const { bytes } = await exportAndRead(deck, engine, kind, out, 'letter');
      const tree = await structure(bytes);
      for (const role of ['H2', 'L', 'LI', 'Link']) expect(tree.roles, `${kind} ${role}`).toContain(role);
      expect(await pdfFlags(bytes)).toMatchObject({ marked: true, structTree: true, lang: 'en' });
    }
  });
});

/** The text labels of the built-in SVG diagrams. */
function diagramLabels(): Set<string> {
  const labels = new Set<string>();
  for (const f of readdirSync('content/images').filter((n) => n.endsWith('.svg'))) {
    const svg = readFileSync(path.join('content/images', f), 'utf8');
    // The English wording and each translation (data-label-es="…").
    const wordings = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g), ...svg.matchAll(/data-label-\w+="([^"]*)"/g)];
    for (const m of wordings) for (const word of [m[1]!.trim(), ...m[1]!.trim().split(/\s+/)]) labels.add(word);
  }
  return labels;
}
