/**
 * The take-home leaflet: the deck's patient text as a readable document on Letter or A4 — headings
 * and bullets at 12 pt or more (14 pt with a large-print theme), diagrams, "call now" lists in a
 * box, the care team's name and phone, write-in lines, sources, review date and disclaimer.
 * A flowing HTML document (templates/leaflet.hbs + leaflet.css) printed like the handouts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { error } from '../errors.js';
import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { PAPERS, PRINT_SIZES, type Paper } from '../options.js';
import { TEMPLATES_DIR, VERSION } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { dataUrl } from './assets.js';
import { inlineDiagram, isDiagramFile } from './diagram.js';
import { registerHelpers } from './helpers.js';
import { leafletContent } from './leaflet-content.js';
import { toPlainText } from './markdown.js';
import { printLabels, type PrintLabels } from './print-labels.js';
import { shortReferenceHtml } from './print-text.js';
import { escapeInlineScript, type RenderedDeck } from './render-deck.js';

/** Options for {@link renderLeaflet}. */
export interface LeafletOptions {
  /** @default 'letter' */
  paper?: Paper;
}

/** A leaflet ready to print. */
export interface RenderedLeaflet {
  /** One self-contained HTML document. */
  html: string;
  /** The page's Content-Security-Policy (its one script by hash). */
  csp: string;
  /** Smallest heading or bullet size the leaflet sets, in pt. */
  minTextPt: number;
  /** The plain text of every heading, in order (the PDF's bookmark titles are checked against them). */
  headings: string[];
}

/** Write-in lines under "My questions". */
const QUESTION_LINES = 6;

interface LeafletAssets {
  template: Handlebars.TemplateDelegate;
  css: string;
  script: string;
  csp: string;
}

let assets: LeafletAssets | undefined;

function loadAssets(): LeafletAssets {
  if (assets) return assets;
  const env = Handlebars.create();
  registerHelpers(env);
  /** True for a list set in two columns: three or more items, each short enough for one line there. */
  env.registerHelper('shortList', (items: unknown, options: Handlebars.HelperOptions) => {
    const max = (options.data as { root: { shortItemChars: number } }).root.shortItemChars;
    return Array.isArray(items) && items.length >= 3 && items.every((i) => typeof i === 'string' && toPlainText(i).length <= max);
  });
  const read = (name: string) => readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
  // handout-init.js marks the page ready once fonts are in (there is nothing to fit here).
  const script = escapeInlineScript(read('handout-init.js'));
  const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
  assets = {
    template: env.compile(read('leaflet.hbs'), { preventIndent: true, strict: false }),
    css: read('leaflet.css'),
    script,
    csp: `default-src 'none'; script-src ${hash}; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`,
  };
  return assets;
}

/** Render a deck's take-home leaflet. */
export function renderLeaflet(
  deck: DeckModel,
  rendered: Pick<RenderedDeck, 'parts' | 'theme'>,
  options: LeafletOptions = {},
): Result<RenderedLeaflet> {
  const labels = printLabels(deck.language);
  const images = new Map<string, string>();
  try {
    const content = leafletContent(deck, labels, {
      url: (file) => dataUrl(file, images),
      diagram: (slide, index) => (slide.image && isDiagramFile(slide.image) ? leafletDiagram(slide, index, deck.language) : undefined),
    });
    const large = rendered.theme.print.minBodyPt !== undefined;
    const minTextPt = large ? PRINT_SIZES.minLeafletLargePt : PRINT_SIZES.minLeafletPt;
    const a = loadAssets();
    const html = a.template({
      ...content,
      lang: deck.language,
      csp: a.csp,
      version: VERSION,
      plainTitle: toPlainText(deck.title),
      labels,
      large,
      sources: content.sources.map((r) => ({ n: r.n, html: shortReferenceHtml(r) })),
      // About the characters of a half-width line (~40 at 12 pt, ~34 at 14 pt); a little over wraps once.
      shortItemChars: large ? 36 : 42,
      questionLines: Array.from({ length: QUESTION_LINES }, (_, i) => i),
      css: [rendered.parts.css, a.css, pageCss(options.paper ?? 'letter', minTextPt, labels, toPlainText(deck.title))].join('\n'),
      paperCss: rendered.parts.paperCss,
      script: a.script,
    });
    return ok({ html, csp: a.csp, minTextPt, headings: headingTexts(html) });
  } catch (e) {
    return fail([
      error('TEMPLATE', `templates/leaflet.hbs: ${(e as Error).message}`, undefined, `Check the templates in ${TEMPLATES_DIR}.`),
    ]);
  }
}

/** The text of each <h1>–<h6> of our own rendered page, tags removed and entities decoded. */
function headingTexts(html: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ', shy: '' };
  return [...html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/\u00ad/g, '')
      .replace(/&(#?\w+);/g, (e, name: string) => entities[name] ?? e)
      .trim(),
  );
}

/** A diagram in the leaflet, labelled in the slide's language (the deck build already warned of missing labels). */
function leafletDiagram(slide: SlideModel, index: number, deckLanguage: string): string {
  const source = readFileSync(slide.image!, 'utf8');
  return inlineDiagram(source, { lang: slide.fallbackLanguage ?? deckLanguage, idPrefix: `lf${index}-`, label: slide.alt ?? '' }).html;
}

/** The paper, the body size and the running footer ("Page n of m", the title) in @page margin boxes. */
function pageCss(paper: Paper, bodyPt: number, labels: PrintLabels, title: string): string {
  const size = PAPERS[paper];
  const quote = (s: string) => JSON.stringify(s);
  // "Page {n} of {total}" → "Page " counter(page) " of " counter(pages)
  const pageOf = labels.pageOf
    .split(/(\{n\}|\{total\})/)
    .filter(Boolean)
    .map((part) => (part === '{n}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : quote(part)))
    .join(' ');
  return `@page { size: ${size.widthIn}in ${size.heightIn}in; margin: 0.45in 0.5in 0.6in;
  @bottom-left { content: ${quote(title)}; font-family: 'Atkinson Hyperlegible', Arial, sans-serif; font-size: 10pt; color: #4b5563; }
  @bottom-right { content: ${pageOf}; font-family: 'Atkinson Hyperlegible', Arial, sans-serif; font-size: 10pt; color: #4b5563; } }
:root { --leaflet-body: ${bodyPt}pt; }`;
}
