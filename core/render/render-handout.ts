import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { error } from '../errors.js';
import type { Paper } from '../options.js';
import type { DeckModel } from '../model/deck-model.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { handoutGeometry, LINE_SPACING, PX_PER_IN, type HandoutGeometry, type PrintLayout } from './handout-layout.js';
import { registerHelpers } from './helpers.js';
import { formatDate } from '../i18n/messages.js';
import { toPlainText } from './markdown.js';
import { fill, printLabels, type PrintLabels } from './print-labels.js';
import { notesHtml, referenceHtml, referencePages } from './print-text.js';
import { escapeInlineScript, type DeckParts, type RenderedDeck, type RenderedSlide } from './render-deck.js';

/** Options for {@link renderHandout}. */
export interface HandoutOptions {
  /** Slides per page (1, 2, 3, 4, 6) or `notes` (slide above its speaker notes). */
  layout: PrintLayout;
  /** @default 'letter' */
  paper?: Paper;
}

/** A handout page ready to print. */
export interface RenderedHandout {
  /** One self-contained HTML document with no script: one `.page` box per sheet. */
  html: string;
  geometry: HandoutGeometry;
  pageCount: number;
  /** The 0-based page each slide (by index) is printed on: references slides are on the references page. */
  pageOfSlide: number[];
  /** The page's Content-Security-Policy (its two scripts by hash). */
  csp: string;
}

interface HandoutItem {
  section: string;
  /** The slide's `data-background-color`, painted behind the thumbnail as reveal.js does on screen. */
  background?: string;
  number?: string;
  notesHtml?: string;
  /** The slide's own sources, listed under its notes (notes pages). */
  sources?: string[];
  lines: number[];
  /** Ruled lines that fill the rest of the page (1 per page, notes pages). */
  fill: boolean;
}

interface HandoutPage {
  number: number;
  pageLabel: string;
  items?: HandoutItem[];
  /** A references page: the deck's sources as full-width text, not a thumbnail. */
  references?: { heading: string; entries: { n: number; html: string }[] };
}

/** Selector set by templates/handout-init.js once the slides' text is fitted and fonts are in. */
export const HANDOUT_READY_SELECTOR = 'html[data-immunodeck-handout-ready]';

interface HandoutAssets {
  template: Handlebars.TemplateDelegate;
  css: string;
  /** handout-init.js, then the deck's own deck-fit.js (when the templates have one). */
  scripts: string[];
  csp: string;
}

let assets: HandoutAssets | undefined;

function loadAssets(): HandoutAssets {
  if (assets) return assets;
  const env = Handlebars.create();
  registerHelpers(env);
  const read = (name: string) => readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
  const fit = path.join(TEMPLATES_DIR, 'deck-fit.js');
  const scripts = [read('handout-init.js'), ...(existsSync(fit) ? [readFileSync(fit, 'utf8')] : [])].map(escapeInlineScript);
  const hashes = scripts.map((js) => `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`);
  assets = {
    template: env.compile(read('handout.hbs'), { preventIndent: true }),
    css: read('handout.css'),
    scripts,
    // Only our two scripts run; styles, fonts and images are inlined.
    csp: `default-src 'none'; script-src ${hashes.join(' ')}; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`,
  };
  return assets;
}

/**
 * Render handout or notes pages for a deck from its rendered HTML: the same slide markup and CSS,
 * each slide scaled into a fixed-size box on a fixed-size page with a header (deck title) and a
 * footer (institution, "Page x of y").
 */
export function renderHandout(deck: DeckModel, rendered: Pick<RenderedDeck, 'parts'>, options: HandoutOptions): Result<RenderedHandout> {
  const { parts } = rendered;
  if (parts.slides.length !== deck.slides.length) {
    return fail([
      error(
        'TEMPLATE',
        `the rendered deck has ${parts.slides.length} slides but the deck has ${deck.slides.length}`,
        undefined,
        'Render the handout from the same deck model as the slides.',
      ),
    ]);
  }
  const geometry = handoutGeometry(options.layout, options.paper ?? 'letter', deck.width, deck.height);
  const labels = printLabels(deck.language);
  const { pages, pageOfSlide } = layoutPages(deck, parts, geometry, labels);
  try {
    const html = loadAssets().template(templateContext(deck, parts, options, geometry, pages, labels));
    return ok({ html, geometry, pageCount: pages.length, pageOfSlide, csp: loadAssets().csp });
  } catch (e) {
    return fail([error('TEMPLATE', `templates/handout.hbs: ${(e as Error).message}`)]);
  }
}

/** Everything templates/handout.hbs shows. */
function templateContext(
  deck: DeckModel,
  parts: DeckParts,
  options: HandoutOptions,
  geometry: HandoutGeometry,
  pages: HandoutPage[],
  labels: PrintLabels,
): Record<string, unknown> {
  const { css, scripts, csp } = loadAssets();
  return {
    lang: parts.lang,
    csp,
    scripts,
    configJson: parts.configJson,
    version: VERSION,
    title: toPlainText(deck.title),
    headerRight: [deck.presenter, deck.date && formatDate(parts.lang, deck.date)].filter(Boolean).join(' · '),
    footerLeft: [deck.institution, deck.branding.footer].filter(Boolean).join(' · '),
    linesLabel: options.layout === 3 || options.layout === 1 ? labels.notes : undefined,
    labels,
    deckCss: parts.css,
    handoutCss: css,
    // Paper colours last, so dark themes print on white (the print palette).
    pageCss: pageCss(geometry, deck) + (parts.paperCss ? `\n:root{${parts.paperCss}}` : ''),
    bodyClass: parts.bodyClass,
    layout: String(options.layout),
    pages,
    total: pages.length,
  };
}

/**
 * Thumbnail pages for every slide but the references slides, then the references as text pages.
 * Returns the pages and the page each slide lands on (for the bookmarks).
 */
function layoutPages(
  deck: DeckModel,
  parts: DeckParts,
  g: HandoutGeometry,
  labels: PrintLabels,
): { pages: HandoutPage[]; pageOfSlide: number[] } {
  const pageOfSlide: number[] = [];
  const thumbs: HandoutItem[] = [];
  parts.slides.forEach((slide, i) => {
    if (deck.slides[i]!.layout === 'references') return;
    pageOfSlide[i] = Math.floor(thumbs.length / g.perPage);
    thumbs.push(handoutItem(deck, i, slide, g, labels));
  });
  const pages: Omit<HandoutPage, 'pageLabel'>[] = chunk(thumbs, g.perPage).map((items, p) => ({ number: p + 1, items }));
  const refSlides = deck.slides.map((s, i) => [s, i] as const).filter(([s]) => s.layout === 'references');
  if (refSlides.length) {
    const first = pages.length;
    for (const [, i] of refSlides) pageOfSlide[i] = first;
    referencePages(deck.references).forEach((refs, k) => {
      const heading = k === 0 ? labels.references : `${labels.references} (${k + 1})`;
      pages.push({
        number: pages.length + 1,
        references: { heading, entries: refs.map((r) => ({ n: r.n, html: referenceHtml(r, deck.language) })) },
      });
    });
  }
  const total = pages.length;
  return { pages: pages.map((p) => ({ ...p, pageLabel: fill(labels.pageOf, { n: p.number, total }) })), pageOfSlide };
}

function handoutItem(deck: DeckModel, i: number, rendered: RenderedSlide, g: HandoutGeometry, labels: PrintLabels): HandoutItem {
  const slide = deck.slides[i]!;
  const item: HandoutItem = { section: rendered.html, background: rendered.background, lines: [], fill: false };
  if (deck.slideNumbers) item.number = `${i + 1} / ${deck.slides.length}`;
  if (g.layout === 3) item.lines = range(g.lineCount - 1);
  if (g.layout === 1) item.fill = true;
  if (g.layout === 'notes') {
    if (slide.notes) item.notesHtml = notesHtml(slide.notes, labels.askPrefix);
    const refs = slide.citations.map((n) => deck.references[n - 1]).filter((r) => r !== undefined);
    if (refs.length) item.sources = refs.map((r) => `[${r.n}] ${referenceHtml(r, deck.language)}`);
    item.fill = true;
  }
  return item;
}

function pageCss(g: HandoutGeometry, deck: DeckModel): string {
  const vars: Record<string, string> = {
    '--page-w': `${g.pageWidth}px`,
    '--page-h': `${g.pageHeight}px`,
    '--margin-x': `${g.marginX}px`,
    '--margin-y': `${g.marginY}px`,
    '--band': `${g.bandHeight}px`,
    '--gap': `${g.gap}px`,
    '--cols': String(g.cols),
    '--rows': String(g.rows),
    '--thumb-w': `${g.thumbWidth}px`,
    '--thumb-h': `${g.thumbHeight}px`,
    '--scale': String(g.scale),
    '--slide-w': `${deck.width}px`,
    '--slide-h': `${deck.height}px`,
    '--line': `${LINE_SPACING}px`,
  };
  const decls = Object.entries(vars)
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
  // The geometry's sheet, which may be turned sideways (4 per page); PAPERS gives the portrait size.
  return `@page { size: ${g.pageWidth / PX_PER_IN}in ${g.pageHeight / PX_PER_IN}in; margin: 0; }\n:root { ${decls} }`;
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

function range(n: number): number[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => i);
}
