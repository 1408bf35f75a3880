/**
 * Issue 12 item 9, "PDF accessibility you can show": the slides PDF, the handout, the notes pages and
 * the leaflet each carry a structure tree — headings, lists, figures with alt text, /Lang — in
 * reading order, with page furniture (running headers, page numbers, write-in lines) left out.
 * Read back with pdf.js: the tree, and the text each tagged element holds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngineSlot } from '../../core/export/engine-slot.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import { runDeckJob, type DeckJobResult } from '../../core/job/deck-job.js';
import { toPlainText } from '../../core/render/markdown.js';
import { ok } from '../../core/result.js';
import { pdfFlags, startPdfEngine } from '../helpers/pdf.js';

interface Tagged {
  role: string;
  text: string;
  alt?: string;
  page: number;
}

/** Every tagged element in document order, with the text of its marked content and its alt text. */
async function taggedElements(bytes: Uint8Array): Promise<{ elements: Tagged[]; untagged: string[] }> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const elements: Tagged[] = [];
  const untagged: string[] = [];
  type Node = { role?: string; alt?: string; type?: string; id?: string; children?: Node[] };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    // Text of each marked-content id; text outside any tagged id is page furniture (an artifact).
    const byId = new Map<string, string>();
    const stack: (string | undefined)[] = [];
    const content = await page.getTextContent({ includeMarkedContent: true });
    for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.id);
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str?.trim()) {
        const id = stack.findLast((s) => s !== undefined);
        if (id) byId.set(id, (byId.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
        else untagged.push(item.str.trim());
      }
    }
    const textOf = (node: Node): string =>
      node.type === 'content' && node.id ? (byId.get(node.id) ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: Node | null) => {
      if (!node) return;
      if (node.role) elements.push({ role: node.role, text: textOf(node).replace(/\s+/g, ' ').trim(), alt: node.alt, page: n });
      for (const c of node.children ?? []) walk(c);
    };
    walk((await page.getStructTree()) as Node);
  }
  await doc.destroy();
  return { elements, untagged };
}

/** True when `want` appears in `list` in the same order (other items may sit between). */
function inOrder(list: string[], want: string[]): boolean {
  let i = 0;
  for (const item of list) if (i < want.length && item === want[i]) i++;
  return i === want.length;
}

let engine: PdfEngine;
let built: DeckJobResult;

beforeAll(async () => {
  engine = await startPdfEngine();
  built = await runDeckJob({
    source: { file: 'content/decks/intro-patients.yaml' },
    overrides: {},
    outputs: ['pdf', 'handout', 'notes', 'leaflet'],
    outDir: mkdtempSync(path.join(tmpdir(), 'immunodeck-tags-')),
    paper: 'letter',
    handoutLayout: 3,
    engine: createEngineSlot(async () => ok(engine)),
  });
  expect(built.files, JSON.stringify(built.problems)).toHaveLength(4);
}, 180_000);
afterAll(async () => {
  await engine?.close();
});

function file(kind: string): Uint8Array {
  const f = built.files.find((x) => x.output === kind)!;
  return new Uint8Array(readFileSync(f.file));
}

describe('every printed output carries a structure tree', () => {
  for (const kind of ['pdf', 'handout', 'notes', 'leaflet'] as const) {
    it(`${kind}: headings, lists, figures with alt text, /Lang, no page furniture in the reading order`, async () => {
      const bytes = file(kind);
      expect(await pdfFlags(bytes)).toMatchObject({ marked: true, structTree: true, lang: 'en' });
      const { elements, untagged } = await taggedElements(bytes);
      const roles = new Set(elements.map((e) => e.role));
      for (const role of ['H1', 'H2', 'L', 'LI', 'P', 'Figure']) expect(roles, `${kind} ${role}`).toContain(role);
      // Both diagrams are figures named by their slide's alt text.
      const alts = elements.filter((e) => e.role === 'Figure' && e.alt).map((e) => e.alt!);
      expect(
        alts.some((a) => a.startsWith('Two panels.')),
        alts.join(' | '),
      ).toBe(true);
      expect(
        alts.some((a) => a.startsWith('Five steps')),
        alts.join(' | '),
      ).toBe(true);
      // Bullets are list items with their words.
      expect(elements.some((e) => e.role === 'LI' && /Bad belly pain/.test(e.text))).toBe(true);
      // Running headers, page numbers and slide numbers are artifacts, not content.
      const furniture = kind === 'pdf' || kind === 'handout' ? /^\d+ \/ 35$/ : /^Page \d+ of \d+$/;
      expect(untagged.filter((t) => furniture.test(t)).length, untagged.slice(0, 5).join(' | ')).toBeGreaterThan(1);
      for (const e of elements) expect(e.text, `${e.role} holds page furniture`).not.toMatch(/(^|\s)(Page \d+ of \d+|\d+ \/ 35)$/);
    });
  }

  it('slides, handout and notes pages: slide headings in the deck order, one per slide', async () => {
    const titles = built.model!.slides.filter((s) => s.layout !== 'references').map((s) => toPlainText(s.title ?? ''));
    for (const kind of ['pdf', 'handout', 'notes'] as const) {
      const { elements } = await taggedElements(file(kind));
      const headings = elements.filter((e) => e.role === 'H1' || e.role === 'H2').map((e) => e.text);
      expect(inOrder(headings, titles), `${kind}: ${headings.slice(0, 8).join(' | ')}`).toBe(true);
    }
    // In the slides PDF each page is one slide: its first heading is that slide's title.
    const { elements } = await taggedElements(file('pdf'));
    const firstPerPage = new Map<number, string>();
    for (const e of elements) if (/^H\d$/.test(e.role) && !firstPerPage.has(e.page)) firstPerPage.set(e.page, e.text);
    expect(firstPerPage.size).toBe(built.model!.slides.length);
  });

  it('leaflet: one H1, the topics as H2 in the deck order', async () => {
    const { elements } = await taggedElements(file('leaflet'));
    expect(elements.filter((e) => e.role === 'H1').map((e) => e.text)).toEqual([toPlainText(built.model!.title)]);
    const h2 = elements.filter((e) => e.role === 'H2').map((e) => e.text);
    const topics = [
      ...new Set(built.model!.slides.filter((s) => s.topicTitle && s.layout !== 'references').map((s) => toPlainText(s.topicTitle!))),
    ];
    expect(
      inOrder(
        h2,
        topics.filter((t) => h2.includes(t)),
      ),
    ).toBe(true);
    expect(h2.filter((t) => topics.includes(t)).length).toBeGreaterThan(6);
  });
});
