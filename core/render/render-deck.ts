import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { error, warning, type Diagnostic } from '../errors.js';
import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { packageFile, TEMPLATES_DIR, VERSION } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { dataUrl } from './assets.js';
import { inlineDiagram, isDiagramFile } from './diagram.js';
import { loadTemplates } from './handlebars-env.js';
import { toPlainText } from './markdown.js';
import { t } from '../i18n/messages.js';
import { brandingCss, checkBrandingContrast } from './branding.js';
import { deckPrintCss, paperDeclarations } from './print-palette.js';
import { keyboardHelpTexts } from './keyboard-help.js';
import { localizeNotesPlugin } from './speaker-view.js';
import { loadTheme, type Theme } from './themes.js';
import type { ValuePath } from '../load/parse-yaml.js';
import type { SourceLocation } from '../errors.js';

/** Options for {@link renderDeck}. */
export interface RenderOptions {
  /** Extra CSS appended after the theme and branding (app preview tweaks). */
  extraCss?: string;
  /**
   * Let reveal.js report slide changes to the embedding page (its `postMessageEvents` option): the
   * app's preview and presenter console follow the deck this way. @default false
   */
  previewEvents?: boolean;
  /** Maps a path in the deck file to its line (LoadedDeck.locate), so CONTRAST warnings point at the colour. */
  locate?: (path: ValuePath) => SourceLocation;
}

/** One rendered slide. */
export interface RenderedSlide {
  /** The slide's key (topic-id#slide-id), as in the model. */
  key: string;
  /** Its `<section>…</section>` markup. */
  html: string;
  /** A background reveal.js paints behind the slide (handouts paint it behind the thumbnail). */
  background?: string;
}

/** The pieces of a deck page, so handouts, previews and CSP headers use them instead of re-reading HTML. */
export interface DeckParts {
  /** All of the deck's CSS: reveal.js, deck.css, the theme with its inlined fonts, branding. */
  css: string;
  /** The document language (`<html lang>`). */
  lang: string;
  /** The `<body class>` (audience and theme classes that theme CSS may use). */
  bodyClass: string;
  /** Each slide, in order. */
  slides: RenderedSlide[];
  /** The JSON config block read by deck-init.js and deck-fit.js. */
  configJson: string;
  /** The inline scripts, in order, escaped for a `<script>` element. */
  scripts: string[];
  /** `'sha256-…'` of every script the page (and the speaker view it opens) runs. */
  scriptHashes: string[];
  /** The page's Content-Security-Policy (also sent as a header by the app and the server). */
  csp: string;
  /** CSS variable declarations of the theme's print palette (empty when it prints as on screen). */
  paperCss: string;
}

/** A rendered deck: the page and the parts it was made of. */
export interface RenderedDeck {
  /** One self-contained HTML document. */
  html: string;
  parts: DeckParts;
  theme: Theme;
}

interface StaticAssets {
  revealJs: string;
  notesJs: string;
  revealCss: string;
  deckCss: string;
  initJs: string;
  fitJs: string;
}

/** The notes plugin in one language, the hash of the speaker-view script it writes, and any label it kept English. */
interface NotesPlugin {
  js: string;
  speakerViewHash: string | undefined;
  missing: string[];
}

let staticAssets: StaticAssets | undefined;

function loadStaticAssets(): StaticAssets {
  if (staticAssets) return staticAssets;
  const notesJs = readFileSync(packageFile('reveal.js/plugin/notes'), 'utf8');
  staticAssets = {
    revealJs: readFileSync(packageFile('reveal.js'), 'utf8'),
    notesJs,
    revealCss: readFileSync(packageFile('reveal.js/reveal.css'), 'utf8'),
    deckCss: readFileSync(path.join(TEMPLATES_DIR, 'deck.css'), 'utf8'),
    initJs: readFileSync(path.join(TEMPLATES_DIR, 'deck-init.js'), 'utf8'),
    fitJs: readFileSync(path.join(TEMPLATES_DIR, 'deck-fit.js'), 'utf8'),
  };
  return staticAssets;
}

const notesPlugins = new Map<string, NotesPlugin>();

/** The notes plugin with its speaker view (press S) in the deck's language (core/render/speaker-view.ts). */
function notesPluginFor(lang: string, notesJs: string): NotesPlugin {
  const cached = notesPlugins.get(lang);
  if (cached) return cached;
  const { js, missing } = localizeNotesPlugin(notesJs, lang);
  const plugin = { js, speakerViewHash: speakerViewScriptHash(js), missing };
  notesPlugins.set(lang, plugin);
  return plugin;
}

/**
 * The speaker view (press S) is a page the notes plugin writes into a new window; that window
 * inherits the deck's Content-Security-Policy, so its one inline script must be allowed by hash.
 */
function speakerViewScriptHash(notesJs: string): string | undefined {
  // The layout picker's element comes just before the page's script, in every language.
  const start = notesJs.indexOf('<div id="speaker-layout"');
  if (start < 0) return undefined;
  const open = notesJs.indexOf('<script>', start);
  const close = notesJs.indexOf('<\\/script>', open);
  if (open < 0 || close < 0) return undefined;
  // The page is a template literal in notes.js: undo its escapes to get the text the browser runs.
  const source = notesJs.slice(open + '<script>'.length, close);
  const cooked = source.replace(/\\(.)/gs, (_m, ch: string) => ({ n: '\n', t: '\t', r: '\r' })[ch] ?? ch);
  return sha256(cooked);
}

/**
 * Make a script safe to place inside <script>…</script>: the HTML parser must not see a closing tag
 * or a comment opener. Only valid because these sequences occur inside string literals.
 */
export function escapeInlineScript(js: string): string {
  return js.replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The deck page's Content-Security-Policy: nothing from the network, only our own scripts. */
export function deckCsp(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    // reveal.js sets inline styles for layout and its print view injects an @page rule.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    // The speaker view shows the deck itself in frames.
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Render a composed deck to one self-contained HTML page: reveal.js, the notes plugin, theme CSS,
 * fonts and images inlined, so it opens offline from a USB stick with no network request.
 * Branding colours that fail WCAG AA against the theme come back as CONTRAST warnings.
 */
export function renderDeck(deck: DeckModel, options: RenderOptions = {}): Result<RenderedDeck> {
  const theme = loadTheme(deck.theme, deck.root);
  // A theme problem with no file of its own (e.g. an unknown name) points at the deck's `theme:` line.
  if (!theme.ok)
    return fail(theme.diagnostics.map((d) => (d.location || !options.locate ? d : { ...d, location: options.locate(['theme']) })));
  const assets = loadStaticAssets();
  const images = new Map<string, string>();
  const problems: Diagnostic[] = [];
  const diagramWarnings: Diagnostic[] = [];
  const slides = deck.slides.map((s, i) => withImage(s, i, deck.language, images, { problems, warnings: diagramWarnings }));
  if (problems.length) return fail(problems);
  const notes = notesPluginFor(deck.language, assets.notesJs);
  const scripts = [assets.revealJs, notes.js, assets.initJs, assets.fitJs].map(escapeInlineScript);
  const scriptHashes = [...scripts.map(sha256), ...(notes.speakerViewHash ? [notes.speakerViewHash] : [])];
  const contrast = checkBrandingContrast(deck.branding, theme.value.palette, { locate: options.locate, themeName: theme.value.name });
  const context = {
    deck,
    lang: deck.language,
    slides,
    theme: theme.value,
    version: VERSION,
    csp: deckCsp(scriptHashes),
    keywords: [t(deck.language, 'pdf.keyword'), ...deck.topics.map((t) => toPlainText(t.title))].join(', '),
    css: deckCss(deck, theme.value, assets, options.extraCss),
    footer: [deck.branding.footer, deck.institution].filter(Boolean).join(' · ') || undefined,
    // The title slide names the institution in its byline already: its footer leaves it out, so it shows once.
    titleFooter: deck.branding.footer || undefined,
    logoDataUrl: deck.branding.logo ? dataUrl(deck.branding.logo, images) : undefined,
    configJson: JSON.stringify(deckConfig(deck, theme.value, options)).replace(/</g, '\\u003c'),
    scripts,
  };
  try {
    const templates = loadTemplates();
    const rendered = slides.map((slide, index) => ({
      key: slide.key,
      html: withLanguage(templates.slide({ ...context, index }), slide.fallbackLanguage),
      background: slide.layout === 'section' ? 'var(--id-section-bg)' : undefined,
    }));
    const html = templates.deck({ ...context, sections: rendered.map((r) => r.html) });
    const parts: DeckParts = {
      css: context.css,
      lang: deck.language,
      bodyClass: `audience-${deck.audience} theme-${theme.value.name}`,
      slides: rendered,
      configJson: context.configJson,
      scripts,
      scriptHashes,
      csp: context.csp,
      paperCss: paperDeclarations(theme.value),
    };
    const warnings = [...theme.warnings, ...contrast, ...diagramWarnings, ...speakerViewWarnings(notes.missing)];
    return ok({ html, parts, theme: theme.value }, warnings);
  } catch (e) {
    return fail([error('TEMPLATE', (e as Error).message, undefined, `Check the templates in ${TEMPLATES_DIR}.`)]);
  }
}

/** Labels of the speaker view that stayed English because reveal.js's notes plugin changed. */
function speakerViewWarnings(missing: string[]): Diagnostic[] {
  if (missing.length === 0) return [];
  return [
    warning(
      'TEMPLATE',
      `the speaker view (press S) keeps these labels in English: ${missing.map((m) => `"${m}"`).join(', ')}`,
      undefined,
      "reveal.js's notes plugin changed its speaker-view page: update the labels in core/render/speaker-view.ts.",
    ),
  ];
}

/**
 * A slide shown in another language than the deck's (English fallback) says so on its <section>,
 * so screen readers pronounce it and the browser hyphenates it by that language's rules.
 */
function withLanguage(html: string, lang: string | undefined): string {
  return lang ? html.replace(/^(\s*<section)\b/, `$1 lang="${lang}"`) : html;
}

/** reveal.js options and ImmunoDeck's own, read by deck-init.js and deck-fit.js. */
function deckConfig(
  deck: DeckModel,
  theme: Theme,
  options: RenderOptions,
): { reveal: Record<string, unknown>; fit: { minBodyPx: number }; help?: Record<string, string> } {
  const help = keyboardHelpTexts(deck.language);
  return {
    reveal: {
      ...(options.previewEvents ? { postMessageEvents: true } : {}),
      width: deck.width,
      height: deck.height,
      margin: 0,
      center: false,
      hash: true,
      controls: true,
      progress: true,
      slideNumber: deck.slideNumbers ? 'c/t' : false,
      showSlideNumber: 'all',
      transition: 'fade',
      transitionSpeed: 'fast',
      backgroundTransition: 'none',
      keyboard: true,
      help: true,
      // Never switch to reveal's scroll view on narrow windows: the app's small previews are sandboxed
      // frames where that view's sessionStorage use throws, and slides should look the same everywhere.
      scrollActivationWidth: null,
    },
    fit: { minBodyPx: theme.minBodyPx },
    ...(help ? { help } : {}),
  };
}

/** All CSS in cascade order: reveal.js, the shared layout, the theme, branding, extras. */
function deckCss(deck: DeckModel, theme: Theme, assets: StaticAssets, extraCss = ''): string {
  const slideSize = `:root{--id-slide-width:${deck.width}px;--id-slide-height:${deck.height}px;}`;
  return [assets.revealCss, assets.deckCss, theme.css, brandingCss(deck.branding), deckPrintCss(theme), slideSize, extraCss].join('\n');
}

type SlideWithImage = SlideModel & { imageDataUrl?: string; diagramHtml?: string };

/**
 * An image slide's picture: an SVG diagram inlined (deck font, theme colours, labels in the slide's
 * language; core/render/diagram.ts), any other picture as a data: URL.
 */
function withImage(
  slide: SlideModel,
  index: number,
  deckLanguage: string,
  cache: Map<string, string>,
  out: { problems: Diagnostic[]; warnings: Diagnostic[] },
): SlideWithImage {
  if (!slide.image) return slide;
  try {
    if (isDiagramFile(slide.image)) {
      const lang = slide.fallbackLanguage ?? deckLanguage;
      const d = inlineDiagram(readFileSync(slide.image, 'utf8'), { lang, idPrefix: `dg${index}-`, label: slide.alt ?? '' });
      out.warnings.push(...untranslatedWarning(slide, d.untranslated, lang));
      return { ...slide, diagramHtml: d.html };
    }
    return { ...slide, imageDataUrl: dataUrl(slide.image, cache) };
  } catch {
    out.problems.push(error('ASSET', `could not read the image ${slide.image}`, slide.source));
    return slide;
  }
}

/** A diagram shown in a language it has no labels for says so once, at its slide. */
export function untranslatedWarning(slide: Pick<SlideModel, 'image' | 'source'>, labels: string[], lang: string): Diagnostic[] {
  if (!labels.length) return [];
  const file = path.basename(slide.image ?? '');
  return [
    warning(
      'ASSET',
      `the diagram ${file} has no "${lang}" wording for ${labels.length} label(s) (${labels.slice(0, 3).join(', ')}…); they show in English`,
      slide.source,
      `Add data-label-${lang}="…" to each <text> in ${file} (or translate="no" for a label that stays the same).`,
    ),
  ];
}
