/**
 * The written .pptx read back from its zip and XML: one slide per deck slide in order, each title in
 * its title placeholder and first in the slide's text, notes, alt text on every picture, real table
 * cells, bold runs and links, document properties, slide size, branding on the masters.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../../core/render/markdown.js';
import type { DeckModel } from '../../core/model/deck-model.js';
import { builtinDeckFile, deckPptx } from '../helpers/pptx-deck.js';
import { readPptx, type PptxContents } from '../helpers/pptx-read.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/themes/decks');
const EMU_PER_PX = 914400 / 96;

function expectSlidesMatch(model: DeckModel, pptx: PptxContents): void {
  expect(pptx.slides).toHaveLength(model.slides.length);
  model.slides.forEach((s, i) => {
    const slide = pptx.slides[i]!;
    const title = toPlainText(s.title ?? (s.layout === 'references' ? 'References' : model.title));
    // The title sits in the layout's title placeholder (outline view) and is the slide's first text.
    expect(slide.title, `slide ${i + 1} title placeholder`).toBe(title);
    expect(slide.paragraphs[0], `slide ${i + 1} first text`).toBe(title);
    if (s.notes) expect(slide.notes.length, `slide ${i + 1} notes`).toBeGreaterThan(0);
    if (s.citations.length) expect(slide.text).toContain(`Sources: ${s.citations.map((n) => `[${n}]`).join(' ')}`);
    if (s.layout === 'table') expect(slide.tableCells).toBe((s.columns?.length ?? 0) + (s.rows ?? []).reduce((n, r) => n + r.length, 0));
    for (const item of s.items ?? []) expect(slide.text, `slide ${i + 1} item`).toContain(toPlainText(item));
    for (const alt of slide.pictureAlts) {
      expect(alt.trim(), `slide ${i + 1} picture alt text`).not.toBe('');
      // pptxgenjs falls back to the image's file path: that is not alt text.
      expect(alt, `slide ${i + 1} picture alt text`).not.toMatch(/^(\/|[A-Za-z]:\\)|\.(png|jpe?g|svg|webp|gif)$/i);
    }
  });
}

describe('PPTX structure: intro-patients', () => {
  let model: DeckModel;
  let pptx: PptxContents;
  beforeAll(async () => {
    const out = await deckPptx(builtinDeckFile('intro-patients'));
    model = out.model;
    pptx = await readPptx(out.data);
  });

  it('has one slide per deck slide, each with its title, items, sources line and table cells', () => {
    expectSlidesMatch(model, pptx);
  });

  it('keeps each slide’s text in the order the HTML shows it', () => {
    const bullets = model.slides.findIndex((s) => s.layout === 'bullets' && s.items?.length);
    const s = model.slides[bullets]!;
    const expected = [s.title!, ...(s.text ? [s.text] : []), ...s.items!].map(toPlainText);
    const got = pptx.slides[bullets]!.paragraphs.slice(0, expected.length);
    expect(got).toEqual(expected);
  });

  it('puts the notes in the notes pane', () => {
    const i = model.slides.findIndex((s) => s.notes);
    const firstWords = toPlainText(model.slides[i]!.notes!.split('\n')[0]!).slice(0, 30);
    expect(pptx.slides[i]!.notes).toContain(firstWords);
  });

  it('embeds the diagrams as SVG with their alt text', () => {
    const images = model.slides.map((s, i) => [s, i] as const).filter(([s]) => s.layout === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const [s, i] of images) expect(pptx.slides[i]!.pictureAlts).toEqual([s.alt]);
    expect(pptx.files.some((f) => /^ppt\/media\/.*\.svg$/.test(f))).toBe(true);
  });

  it('replaces the SVG pictures’ fallback PNG with what the rasterizer draws', async () => {
    const { default: JSZip } = await import('jszip');
    const png = Uint8Array.from(
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
    );
    const calls: { svg: string; size: { width: number; height: number } }[] = [];
    const out = await deckPptx(builtinDeckFile('intro-patients'), {
      rasterizeSvg: async (svg, size) => {
        calls.push({ svg, size });
        return png;
      },
    });
    const svgSlides = model.slides.filter((s) => s.image?.endsWith('.svg')).length;
    expect(calls).toHaveLength(svgSlides);
    for (const c of calls) {
      expect(c.svg).toMatch(/^<svg\b/);
      expect(c.size.width).toBeGreaterThan(1000);
    }
    const zip = await JSZip.loadAsync(out.data);
    const fallbacks = Object.keys(zip.files).filter((f) => /^ppt\/media\/.*\.png$/.test(f));
    expect(fallbacks).toHaveLength(svgSlides);
    for (const f of fallbacks) expect(await zip.file(f)!.async('uint8array')).toEqual(png);
  });

  it('is 16:9 at the deck’s size and names the deck in the document properties', () => {
    expect(pptx.size).toEqual({ cx: Math.round(model.width * EMU_PER_PX), cy: Math.round(model.height * EMU_PER_PX) });
    expect(pptx.core.title).toBe(toPlainText(model.title));
    expect(pptx.core.subject).toBe(model.description);
    expect(pptx.core.creator).not.toBe('PptxGenJS');
  });

  it('names only parts that exist in [Content_Types].xml and gives every shape a text body (no PowerPoint repair)', async () => {
    const { default: JSZip } = await import('jszip');
    const out = await deckPptx(builtinDeckFile('intro-patients'));
    const zip = await JSZip.loadAsync(out.data);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(m[1]!), m[1]).not.toBeNull();
    for (const name of Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) expect(sp, name).toContain('<p:txBody>');
      for (const bg of xml.match(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g) ?? []) expect(bg, name).toContain('<a:effectLst/>');
    }
  });

  it('writes each paragraph property block once, first in its paragraph (no PowerPoint repair)', async () => {
    const { default: JSZip } = await import('jszip');
    const out = await deckPptx(builtinDeckFile('intro-patients'));
    const zip = await JSZip.loadAsync(out.data);
    for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []) {
        expect((p.match(/<a:pPr\b/g) ?? []).length, `${name}: ${p.slice(0, 120)}`).toBeLessThanOrEqual(1);
        if (p.includes('<a:pPr')) expect(p.startsWith('<a:p><a:pPr'), name).toBe(true);
      }
    }
  });
});

describe('PPTX structure: every layout, branded', () => {
  let model: DeckModel;
  let pptx: PptxContents;
  let data: Uint8Array;
  beforeAll(async () => {
    const out = await deckPptx(path.join(FIXTURES, 'branded.yaml'));
    model = out.model;
    data = out.data;
    pptx = await readPptx(out.data);
  });

  it('has every layout, each slide with its title', () => {
    expect(new Set(model.slides.map((s) => s.layout))).toEqual(
      new Set(['title', 'section', 'bullets', 'two-column', 'image', 'table', 'callout', 'questions', 'references']),
    );
    expectSlidesMatch(model, pptx);
  });

  it('keeps inline bold and links as bold runs and hyperlinks', () => {
    const bold = model.slides.flatMap((s) =>
      [...(s.items ?? []), s.message ?? ''].flatMap((t) => [...t.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!)),
    );
    expect(bold.length).toBeGreaterThan(0);
    const boldRuns = pptx.slides.flatMap((s) => s.boldRuns);
    for (const b of bold) expect(boldRuns).toContain(b);
    expect(pptx.slides.flatMap((s) => s.links)).toContain('https://www.cancer.gov');
  });

  it('uses the two-column layout with both columns as placeholders', async () => {
    const i = model.slides.findIndex((s) => s.layout === 'two-column');
    expect(pptx.slides[i]!.layout).toMatch(/Two Columns/);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(data)).file(pptx.slides[i]!.part)!.async('string');
    expect((xml.match(/<p:ph\b[^>]*type="body"/g) ?? []).length).toBe(2);
  });

  it('draws the callout as a filled shape in its tone’s colour', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(data);
    const urgent = model.slides.findIndex((s) => s.layout === 'callout' && s.tone === 'urgent');
    expect(urgent).toBeGreaterThan(-1);
    const xml = await zip.file(pptx.slides[urgent]!.part)!.async('string');
    // deck.css --id-urgent-bg and --id-urgent-border (the clinical theme keeps the defaults).
    expect(xml).toContain('<a:srgbClr val="FEF2F2"/>');
    expect(xml).toContain('<a:srgbClr val="B91C1C"/>');
  });

  it('puts the logo, footer, phone and slide number on the masters, in the branding colours', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(data);
    const layouts = Object.keys(zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n));
    const contentLayout = (await Promise.all(layouts.map(async (n) => zip.file(n)!.async('string')))).find((x) =>
      x.includes('name="ImmunoDeck Title and Content"'),
    )!;
    expect(contentLayout).toContain('Oncology Day Unit · 555-0100 · Riverside Cancer Centre');
    expect(contentLayout).toMatch(/<p:pic>[\s\S]*descr="Riverside Cancer Centre logo"/);
    expect(contentLayout).toContain('type="sldNum"');
    expect(contentLayout).toContain('type="title"');
    // The theme's colour scheme: text, background, branding primary as heading and link colours.
    const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toContain('<a:dk1><a:srgbClr val="1F2937"/></a:dk1>');
    expect(theme).toContain('<a:hlink><a:srgbClr val="5B9BD5"/></a:hlink>');
    expect(theme).toContain('<a:accent2><a:srgbClr val="F4A261"/></a:accent2>');
    // Headings in the branding primary colour.
    const slide2 = await zip.file(pptx.slides[2]!.part)!.async('string');
    expect(slide2).toContain('<a:srgbClr val="5B9BD5"/>');
    expect(pptx.core.creator).toBe(model.presenter);
    expect(pptx.company).toBe(model.institution);
  });
});

describe('PPTX fit report', () => {
  it('reports a slide that would overflow its box, at the slide’s file and line', async () => {
    const { model, warnings } = await deckPptx(path.join(FIXTURES, 'overfull.yaml'));
    const overfull = model.slides.find((s) => s.key.endsWith('overfull'))!;
    const w = warnings.find((d) => d.code === 'QUALITY' && d.message.includes('overflow'));
    expect(w, JSON.stringify(warnings)).toBeDefined();
    expect(w!.location).toEqual(overfull.source);
    expect(w!.location!.line).toBeGreaterThan(0);
  });

  it('reports nothing for a deck whose slides fit', async () => {
    const { warnings } = await deckPptx(builtinDeckFile('questions-handout'));
    expect(warnings).toEqual([]);
  });
});
