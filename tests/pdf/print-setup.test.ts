import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../helpers/build.js';
import { chromiumLaunchOptions } from '../../core/export/chromium-engine.js';
import { findBrowser, needsNoSandbox } from '../../core/export/find-browser.js';
import { pdfFileName } from '../../core/export/export-pdf.js';
import { deckOutline } from '../../core/export/pdf-outline.js';
import { PAPERS } from '../../core/options.js';
import { buildPrintOptions, toElectronPdfOptions, toPlaywrightPdfOptions } from '../../core/export/print-options.js';
import { handoutGeometry, PRINT_LAYOUTS } from '../../core/render/handout-layout.js';
import { renderHandout } from '../../core/render/render-handout.js';

async function built(deck: string) {
  const r = await buildDeck(deck);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('print options', () => {
  it('passes every option explicitly, the same to Chromium and to Electron', () => {
    const o = buildPrintOptions({ widthIn: 13.5, heightIn: 7.5 });
    expect(o).toEqual({
      pageSize: { widthIn: 13.5, heightIn: 7.5 },
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      tagged: true,
      outline: false,
      landscape: false,
      scale: 1,
      displayHeaderFooter: false,
    });
    expect(toPlaywrightPdfOptions(o)).toEqual({
      width: '13.5in',
      height: '7.5in',
      preferCSSPageSize: true,
      printBackground: true,
      margin: { top: '0in', right: '0in', bottom: '0in', left: '0in' },
      tagged: true,
      outline: false,
      landscape: false,
      scale: 1,
      displayHeaderFooter: false,
    });
    expect(toElectronPdfOptions(o)).toEqual({
      pageSize: { width: 13.5, height: 7.5 },
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      generateTaggedPDF: true,
      generateDocumentOutline: false,
      landscape: false,
      scale: 1,
      displayHeaderFooter: false,
    });
  });

  it('keeps the sandbox unless running as root or in CI', () => {
    expect(needsNoSandbox({}, 1000)).toBe(false);
    expect(needsNoSandbox({ CI: 'false' }, 1000)).toBe(false);
    expect(needsNoSandbox({}, 0)).toBe(true);
    expect(needsNoSandbox({ CI: 'true' }, 1000)).toBe(true);
    expect(chromiumLaunchOptions('/usr/bin/chromium', {}).args).not.toContain('--no-sandbox');
  });

  it('reports a missing browser as a PDF diagnostic that says what to install', () => {
    const r = findBrowser({ CHROME_PATH: '/nowhere/chrome' }, 'linux', () => false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]).toMatchObject({ code: 'PDF', severity: 'error', message: expect.stringContaining('CHROME_PATH') });
    expect(r.diagnostics[0]!.hint).toMatch(/apt-get install chromium/);
  });

  it('names the outputs', () => {
    expect(pdfFileName('intro', 'slides')).toBe('intro.pdf');
    expect(pdfFileName('intro', 3, 'letter')).toBe('intro-handout-3up-letter.pdf');
    expect(pdfFileName('intro', 6, 'a4')).toBe('intro-handout-6up-a4.pdf');
    // Changed by issue 12: notes pages and leaflets carry the paper, so A4 and Letter never overwrite each other.
    expect(pdfFileName('intro', 'notes', 'a4')).toBe('intro-notes-a4.pdf');
    expect(pdfFileName('intro', 'leaflet', 'letter')).toBe('intro-leaflet-letter.pdf');
  });
});

describe('handout layout', () => {
  it('fits every layout on Letter and A4 inside the page, with room for the header and footer', () => {
    for (const paper of ['letter', 'a4'] as const) {
      for (const layout of PRINT_LAYOUTS) {
        for (const [w, h] of [
          [1280, 720],
          [1024, 768],
        ] as const) {
          const g = handoutGeometry(layout, paper, w, h);
          const bodyHeight = g.pageHeight - 2 * (g.marginY + g.bandHeight) - g.gap;
          expect(g.cols * g.thumbWidth + (g.cols - 1) * g.gap).toBeLessThanOrEqual(g.pageWidth - 2 * g.marginX);
          expect(g.rows * g.thumbHeight + (g.rows - 1) * g.gap).toBeLessThanOrEqual(bodyHeight);
          expect(g.thumbHeight / g.thumbWidth).toBeCloseTo(h / w, 5);
          // Legible: 6 per page still shows 34 px body text at 6 pt or more (1 px = 0.75 pt).
          expect(34 * g.scale * 0.75).toBeGreaterThanOrEqual(6);
        }
      }
    }
    expect(handoutGeometry(3, 'letter', 1280, 720).lineCount).toBeGreaterThanOrEqual(8);
    expect(PAPERS.a4.widthIn * 25.4).toBeCloseTo(210, 5);
  });
});

describe('deck parts and outline', () => {
  it('returns the slides and CSS as parts of the rendered deck, one section per slide', async () => {
    const deck = await built('tests/fixtures/library/decks/intro.yaml');
    const { parts } = deck.rendered;
    expect(parts.slides).toHaveLength(9);
    expect(parts.slides[1]!.html).toMatch(/^<section[^>]*data-key="checkpoint-basics#brakes"/);
    expect(parts.slides.every((s) => s.html.trim().endsWith('</section>'))).toBe(true);
    expect(parts.css).toContain('--id-font');
    expect(parts.lang).toBe('en');
    // The page is assembled from the same parts: every slide and the policy appear in it verbatim.
    for (const slide of parts.slides) expect(deck.html).toContain(slide.html);
    expect(deck.html).toContain(Handlebars.Utils.escapeExpression(parts.csp));
  });

  it('groups bookmarks by topic, then slide title; section slides are the group itself', async () => {
    const { model } = await built('tests/fixtures/pdf/library/decks/night.yaml');
    expect(deckOutline(model)).toEqual([
      { title: 'After-hours care', pageIndex: 0, children: [] },
      {
        title: 'Side effects at night',
        pageIndex: 1,
        children: [
          { title: 'Call us, day or night', pageIndex: 2, children: [] },
          { title: 'Go to the emergency room if', pageIndex: 3, children: [] },
        ],
      },
      { title: 'Caring for yourself', pageIndex: 4, children: [{ title: 'Rest and drink water', pageIndex: 5, children: [] }] },
      { title: 'References', pageIndex: 6, children: [] },
    ]);
    expect(deckOutline(model, (i) => Math.floor(i / 3)).map((e) => e.pageIndex)).toEqual([0, 0, 1, 2]);
  });

  it('renders handout pages with no network access and only our own scripts', async () => {
    const deck = await built('tests/fixtures/library/decks/intro.yaml');
    const r = renderHandout(deck.model, deck.rendered, { layout: 3, paper: 'a4' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 8 slides as thumbnails on 3 pages, then the references as a text page (issue 12).
    expect(r.value.pageCount).toBe(4);
    const { html } = r.value;
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#x27;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'/);
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    expect(/@page \{ size: 8\.26\d*in 11\.69\d*in; margin: 0; \}/.test(html)).toBe(true);
    expect(html.match(/class="page"/g)).toHaveLength(3);
    expect(html.match(/class="page references-page"/g)).toHaveLength(1);
    expect(html.includes('Page 4 of 4')).toBe(true);
  });
});
