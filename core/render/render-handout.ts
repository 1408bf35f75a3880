import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { error } from '../errors.js';
import { PAPERS, type Paper } from '../options.js';
import type { DeckModel } from '../model/deck-model.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { handoutGeometry, LINE_SPACING, type HandoutGeometry, type PrintLayout } from './handout-layout.js';
import { registerHelpers } from './helpers.js';
import { formatDate, t } from '../i18n/messages.js';
import { renderBlock, toPlainText } from './markdown.js';
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
  /** The page's Content-Security-Policy (its two scripts by hash). */
  csp: string;
}

interface HandoutItem {
  section: string;
  /** The slide's `data-background-color`, painted behind the thumbnail as reveal.js does on screen. */
  background?: string;
  number?: string;
  notesHtml?: string;
  lines: number[];
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
  const items = parts.slides.map((slide, i) => handoutItem(deck, i, slide, geometry));
  const pages = chunk(items, geometry.perPage).map((pageItems, p) => ({ number: p + 1, items: pageItems }));
  try {
    const html = loadAssets().template(templateContext(deck, parts, options, geometry, pages));
    return ok({ html, geometry, pageCount: pages.length, csp: loadAssets().csp });
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
  pages: { number: number; items: HandoutItem[] }[],
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
    linesLabel: options.layout === 3 ? t(parts.lang, 'handout.notes') : undefined,
    deckCss: parts.css,
    handoutCss: css,
    pageCss: pageCss(geometry, deck),
    bodyClass: parts.bodyClass,
    layout: String(options.layout),
    pages,
    total: pages.length,
  };
}

function handoutItem(deck: DeckModel, i: number, rendered: RenderedSlide, g: HandoutGeometry): HandoutItem {
  const slide = deck.slides[i]!;
  const item: HandoutItem = { section: rendered.html, background: rendered.background, lines: [] };
  if (deck.slideNumbers) item.number = `${i + 1} / ${deck.slides.length}`;
  if (g.layout === 3) item.lines = range(g.lineCount - 1);
  if (g.layout === 'notes') {
    if (slide.notes) item.notesHtml = renderBlock(slide.notes);
    else item.lines = range(g.lineCount - 1);
  }
  return item;
}

function pageCss(g: HandoutGeometry, deck: DeckModel): string {
  const size = PAPERS[g.paper];
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
  return `@page { size: ${size.widthIn}in ${size.heightIn}in; margin: 0; }\n:root { ${decls} }`;
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

function range(n: number): number[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => i);
}
