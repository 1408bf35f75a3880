/**
 * The one vocabulary of ImmunoDeck: outputs, papers, handout layouts, audiences, languages, slide
 * layouts, the default theme and the limits. The CLI, the deck job, the app's contract (contract/)
 * and the file schemas (core/validate) all derive their enums and limits from here, so a setting
 * means the same thing everywhere and whatever the CLI builds the app can open, and the reverse.
 */

/**
 * What a deck job can produce:
 * - `html`: the self-contained reveal.js deck (`<deck>.html`);
 * - `pdf`: the slides PDF, one slide per page (`<deck>.pdf`);
 * - `handout`: slide thumbnails on paper, {@link HANDOUT_LAYOUTS} per page;
 * - `notes`: notes pages, each slide above its speaker notes;
 * - `pptx`: an editable PowerPoint file written from the same model (`<deck>.pptx`);
 * - `leaflet`: the deck's patient text as a take-home document (not thumbnails), on paper.
 */
export const OUTPUTS = ['html', 'pdf', 'handout', 'notes', 'leaflet', 'pptx'] as const;
/** One of {@link OUTPUTS}. */
export type Output = (typeof OUTPUTS)[number];
/** Outputs printed by a PDF engine (a browser). */
export const PDF_OUTPUTS: readonly Output[] = ['pdf', 'handout', 'notes', 'leaflet'];
/** Outputs printed on paper (handouts, notes pages, leaflets), where the paper size applies. */
export const PAPER_OUTPUTS: readonly Output[] = ['handout', 'notes', 'leaflet'];

/** A page size in inches. */
export interface PageSize {
  widthIn: number;
  heightIn: number;
}

/** Paper sizes for handouts and notes pages. */
export const PAPERS = {
  letter: { widthIn: 8.5, heightIn: 11 },
  a4: { widthIn: 210 / 25.4, heightIn: 297 / 25.4 },
} as const satisfies Record<string, PageSize>;
/** A paper name: `letter` (US and Canada) or `a4` (everywhere else). */
export type Paper = keyof typeof PAPERS;
/** Every paper name. */
export const PAPER_NAMES = Object.keys(PAPERS) as Paper[];

/** Regions that print on US Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PR', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'SV']);

/**
 * The paper people in a locale expect: Letter for en-US (and the Americas that use it), A4 elsewhere.
 * The CLI and the app both default to this, from the system locale.
 */
export function defaultPaper(locale: string = systemLocale()): Paper {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** The system locale (LC_ALL, LC_PAPER, LANG, then Intl), e.g. `en-US`. */
export function systemLocale(env: Readonly<Record<string, string | undefined>> = processEnv()): string {
  const fromEnv = env.LC_ALL || env.LC_PAPER || env.LANG;
  if (fromEnv && /^[a-z]{2}[_-][A-Z]{2}/.test(fromEnv)) return fromEnv.slice(0, 5).replace('_', '-');
  // ICU's default locale costs tens of milliseconds to look up: only when the environment says nothing.
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** The process environment when there is one (Node), or nothing (a browser page). */
function processEnv(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
}

/**
 * How a deck job checks that every slide's text fits (the fit report):
 * - `auto`: measured in the page of a PDF that shows the slides, as it is printed; else in the
 *   browser when it runs anyway; else estimated from word counts (an HTML-only build starts no browser);
 * - `measure`: measured in the browser, started for this if need be (`build --measure-fit`);
 * - `estimate`: from word counts only;
 * - `off`: no report (the app's live preview).
 */
export const FIT_MODES = ['auto', 'measure', 'estimate', 'off'] as const;
/** One of {@link FIT_MODES}. */
export type FitMode = (typeof FIT_MODES)[number];

/**
 * Very large PDFs are printed in parts of {@link PRINT_CHUNKS}.pages printed pages, from one page
 * load, and merged: Chromium's print of one document grows faster than its page count. Only above
 * `thresholdPages`, so ordinary decks print in one piece. See docs/pdf-export.md.
 */
export const PRINT_CHUNKS = { thresholdPages: 300, pages: 100 } as const;

/** Handout layouts: slides per page (3 adds ruled lines for the patient's own notes). */
export const HANDOUT_LAYOUTS = [1, 2, 3, 4, 6] as const;
/** One of {@link HANDOUT_LAYOUTS}. */
export type HandoutLayout = (typeof HANDOUT_LAYOUTS)[number];
/** The handout layout used when none is given (a theme may name its own: theme.json `print.handoutLayout`). */
export const DEFAULT_HANDOUT_LAYOUT: HandoutLayout = 3;

/**
 * Print sizes, in points (1 pt = 1/72 in). `minLeafletPt` is the smallest heading or bullet a leaflet
 * prints; `minLeafletLargePt` the same with a theme that asks for large print (`print.minBodyPt`).
 */
export const PRINT_SIZES = { minLeafletPt: 12, minLeafletLargePt: 14 } as const;

/** The two audiences a deck can be built for. */
export const AUDIENCES = ['patient', 'professional'] as const;
/** An audience. */
export type Audience = (typeof AUDIENCES)[number];

/** Languages a deck can be written in (`en` default). */
export const LANGUAGES = ['en', 'es'] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];
/** Each language's name, in English and in itself, for pickers and messages. */
export const LANGUAGE_NAMES: Record<Language, { english: string; own: string }> = {
  en: { english: 'English', own: 'English' },
  es: { english: 'Spanish', own: 'español' },
};
/** The language of a deck that names none. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Slide layouts; each has a template at templates/partials/slide-<layout>.hbs. */
export const LAYOUTS = ['title', 'section', 'bullets', 'two-column', 'image', 'table', 'callout', 'questions', 'references'] as const;
/** A slide layout name. */
export type Layout = (typeof LAYOUTS)[number];

/** Topic categories, used for filtering in the library. */
export const CATEGORIES = [
  'basics',
  'mechanism',
  'therapy',
  'benefit',
  'challenge',
  'side-effects',
  'practical',
  'research',
  'reference',
] as const;

/** Slide shapes. */
export const ASPECT_RATIOS = { '16:9': { width: 1280, height: 720 }, '4:3': { width: 1024, height: 768 } } as const;
/** One of {@link ASPECT_RATIOS}. */
export type AspectRatio = keyof typeof ASPECT_RATIOS;

/**
 * A phone number as a deck's branding may give it (`(555) 010-0199`, `+44 20 7946 0000`): the deck
 * schema checks it, and the app checks it as the nurse types, with the same pattern.
 */
export const PHONE_PATTERN = /^[+(]?[0-9][0-9 ()./-]{2,30}$/;

/**
 * Starting points for a new topic in the app: a patient explainer (what it is, what to expect,
 * when to call, questions), a side-effect topic (signs, what to do, when to call at once), or one
 * blank slide. service/topic-templates.ts writes each as a valid topic file.
 */
export const TOPIC_TEMPLATES = ['patient-explainer', 'side-effect', 'blank'] as const;
/** One of {@link TOPIC_TEMPLATES}. */
export type TopicTemplate = (typeof TOPIC_TEMPLATES)[number];

/** The theme of a deck that names none. */
export const DEFAULT_THEME = 'clinical';

/**
 * Limits, in one table: the file schemas, the app's contract and the loaders all read these, so a
 * deck the CLI builds is never refused by the app.
 */
export const LIMITS = {
  /** Largest topic, deck or theme file read, in bytes. */
  fileBytes: 2 * 1024 * 1024,
  /** Most entries in a deck's `topics:` list (a topic or a single slide each). */
  deckEntries: 5000,
  /** Most slides picked from one topic entry. */
  slidesPerEntry: 1000,
  /** Most files one content folder may hold, so pointing at / by mistake ends quickly. */
  filesPerFolder: 2000,
  /** Longest title, in characters. */
  titleChars: 200,
  /** Longest short text field (subtitle, presenter, institution, footer). */
  shortTextChars: 300,
  /** Longest description, in characters. */
  descriptionChars: 2000,
  /** Largest image the app imports, in bytes. */
  importImageBytes: 2 * 1024 * 1024,
  /**
   * Largest size of a topic or deck file once its YAML aliases (`*name`) are expanded, in bytes
   * (counted as text): a small file cannot grow into hundreds of megabytes of HTML.
   */
  expandedYamlBytes: 8 * 1024 * 1024,
  /** Deepest nesting of lists and maps in a topic or deck file (real files use fewer than 10 levels). */
  yamlDepth: 64,
  /** Largest image or logo file embedded in a deck, in bytes. */
  imageBytes: 10 * 1024 * 1024,
  /** Most pixels (width × height) of an embedded PNG, JPEG, WebP or GIF image: 40 megapixels. */
  imagePixels: 40_000_000,
  /** Largest font file a theme embeds, in bytes (a full WOFF2 family is a few hundred kB). */
  fontBytes: 4 * 1024 * 1024,
  /** Most slides in one deck once its topics are expanded (the large-deck benchmark builds 2,000). */
  deckSlides: 5000,
  /** Most words in one deck once its topics are expanded (about 100 per slide at the slide limit). */
  deckWords: 500_000,
  /** Most times one topic, or one slide, may be listed in a deck. */
  deckRepeats: 10,
  /** Longest wait for one read of a content file or one external call before it is given up, in ms. */
  readTimeoutMs: 30_000,
} as const;
