/**
 * The one contract between the ImmunoDeck UI and the operations behind it.
 *
 * The same channels are served by Electron IPC (electron/main, through the preload's `window.deckApi`)
 * and by the local HTTP server (`POST /api/<channel>`, server/). Both validate every request at
 * runtime with {@link REQUEST_SCHEMAS} and both answer with an {@link ApiResult}: nothing throws
 * across the boundary.
 *
 * Paths in requests are relative to the open content folder (e.g. `topics/car-t.yaml`) and are
 * confined to it by the service; only `library:open`/`library:customize` take a folder of the
 * user's choice. No runtime import of 'electron' here: the renderer imports this file as types only.
 */
import { z } from 'zod';
import type { Diagnostic } from '../core/errors.js';
import { AUDIENCES, HANDOUT_LAYOUTS, LIMITS, OUTPUTS, PAPER_NAMES, TOPIC_TEMPLATES, type Output, type Paper } from '../core/options.js';
import type { DeckInput } from '../core/validate/deck-schema.js';

/** The outcome of every call: a value (with optional warnings) or the problems that stopped it. */
export type ApiResult<T> = { ok: true; value: T; warnings?: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export type { Diagnostic };

// ── Request schemas (runtime checks for IPC handlers and the HTTP server) ──

/** A path relative to the content folder; never absolute, never a URL, never with NUL bytes. */
const relPath = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => !p.includes('\0') && !/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(p), 'must be a path inside the content folder');
/** An absolute folder of the user's choice (library:open, library:customize). */
const folder = z
  .string()
  .min(1)
  .max(1000)
  .refine((p) => !p.includes('\0'), 'must be a folder path');
const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .max(100);

/** Audiences a deck can be built for (core's vocabulary). */
export const AUDIENCE_VALUES = AUDIENCES;
/** Handout layouts: slides per page. */
export const HANDOUT_PER_PAGE = HANDOUT_LAYOUTS;
/** Paper sizes for PDF handouts and notes pages. */
export const PAPER_SIZES = PAPER_NAMES;
/** What an export can produce: core's outputs. */
export const EXPORT_FORMATS = OUTPUTS;

/**
 * A deck being edited: its id (the file name in decks/ without .yaml) and the deck file's content
 * as data, in exactly the shape of a deck YAML file (docs/topic-format.md). The service validates
 * it with the deck file schema, so the app accepts whatever the CLI builds, and the reverse.
 */
export const DeckDraftSchema = z.strictObject({
  id: kebab,
  deck: z.record(z.string(), z.unknown()),
});

const ExportRequestSchema = z.strictObject({
  draft: DeckDraftSchema,
  formats: z.array(z.enum(OUTPUTS)).min(1).max(OUTPUTS.length),
  /** Slides per handout page. @default 3 */
  perPage: z.literal(HANDOUT_LAYOUTS).optional(),
  /** Paper for handouts and notes. @default the system locale's paper */
  paper: z.enum(PAPER_NAMES).optional(),
  /** Show slides that lack wording in the deck's language in English, marked, instead of failing. @default false */
  allowEnglishFallback: z.boolean().optional(),
});

const empty = z.strictObject({}).optional();

/** Runtime validators, one per channel. Handlers must parse the raw argument with these first. */
export const REQUEST_SCHEMAS = {
  'app:info': empty,
  'library:open': z.strictObject({ path: folder.optional() }),
  'library:customize': z.strictObject({ target: folder.optional() }),
  'library:list': empty,
  'topic:read': z.strictObject({ path: relPath }),
  'topic:validate': z.strictObject({ path: relPath, text: z.string().max(LIMITS.fileBytes) }),
  'topic:save': z.strictObject({
    path: relPath,
    text: z.string().max(LIMITS.fileBytes),
    allowErrors: z.boolean().optional(),
    /** The file's `hash` when it was opened (topic:read); a different file on disk answers CONFLICT. */
    baseHash: z.string().max(100).optional(),
    /** Save even if the file changed on disk (the user chose "overwrite"). */
    overwrite: z.boolean().optional(),
  }),
  'topic:edit-slide': z.strictObject({
    path: relPath,
    /** 0-based slide index; the number of slides appends a new slide. */
    slideIndex: z.number().int().min(0).max(LIMITS.slidesPerEntry),
    /** New values of the slide's top-level fields (title, items, left, rows, notes, professional, …); null removes one. */
    changes: z.record(
      z
        .string()
        .regex(/^[a-z][a-zA-Z]*$/)
        .max(40),
      z.unknown(),
    ),
    /** The file's `hash` when the form was filled (topic:read); a different file on disk answers CONFLICT. */
    baseHash: z.string().max(100).optional(),
    /** Save even if the file changed on disk (the user chose "overwrite"). */
    overwrite: z.boolean().optional(),
  }),
  'topic:create': z.strictObject({
    id: kebab,
    title: z.string().trim().min(1).max(200),
    /** What the new topic starts from. @default 'blank' */
    template: z.enum(TOPIC_TEMPLATES).optional(),
  }),
  'deck:open': z.strictObject({ path: relPath }),
  'deck:preview': z.strictObject({
    draft: DeckDraftSchema,
    /** Leave the speaker notes out of the page: the audience window of a presentation. @default false */
    withoutNotes: z.boolean().optional(),
  }),
  'deck:save': z.strictObject({
    draft: DeckDraftSchema,
    /** The file's `hash` when it was opened (deck:open); a different file on disk answers CONFLICT. */
    baseHash: z.string().max(100).optional(),
    /** Save even if the file changed on disk (the user chose "overwrite"). */
    overwrite: z.boolean().optional(),
  }),
  'deck:export': ExportRequestSchema,
  'export:reveal': z.strictObject({
    file: folder,
    /** `show`: the file in its folder (the default); `open`: the file in its usual program. */
    action: z.enum(['show', 'open']).optional(),
  }),
  'asset:import': z.strictObject({
    name: z.string().min(1).max(120),
    base64: z.string().max(3_000_000),
    /** `logo`: into images/logos/, the folder the logo picker lists; `image` (default): into images/. */
    kind: z.enum(['image', 'logo']).optional(),
  }),
  'recent:list': empty,
} as const;

/** Every invoke channel name. */
export type Channel = keyof typeof REQUEST_SCHEMAS;
/** Every invoke channel name, for registering handlers and building the preload. */
export const CHANNELS = Object.keys(REQUEST_SCHEMAS) as Channel[];

/** A deck being edited: id and deck file data. */
export type DeckDraft = { id: string; deck: DeckInput };
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = Output;
/** The validated request of a channel. */
export type RequestOf<K extends Channel> = z.infer<(typeof REQUEST_SCHEMAS)[K]>;

// ── Response types ──

/** Facts about the running app. */
export interface AppInfo {
  version: string;
  /** 'electron' for the desktop app, 'browser' for `immunodeck serve`. */
  host: 'electron' | 'browser';
  /** The built-in (read-only) library folder. */
  builtinRoot: string;
  /** Where "Customize" copies the library by default. */
  defaultCustomRoot: string;
  /** Where exports are written. */
  exportDir: string;
  /** True when PDF export is available (a PDF engine and a browser were found). */
  pdfAvailable: boolean;
  /** The paper of the machine's locale: the default of exports here and of the CLI. */
  defaultPaper: Paper;
}

/** The open content folder. */
export interface LibraryInfo {
  /** Absolute path. */
  root: string;
  /** True for the shipped library: read-only, use library:customize to edit. */
  builtin: boolean;
  /** True when library:customize made a new copy (false: an existing copy was opened). */
  copied?: boolean;
}

/** A slide of a topic, for adding single slides. */
export interface SlideSummary {
  /** Slide id, or its 1-based position when it has none. */
  id: string | number;
  layout: string;
  title: string;
  /** 'patient', 'professional' or 'both'. */
  audience: string;
  /** All the slide's words as plain text (both audiences' wording), for search. */
  text?: string;
  /** Its speaker notes as plain text, for search. */
  notes?: string;
}

/** A topic in the library browser. */
export interface TopicSummary {
  /** The name a deck uses: the topic id, or `builtin:<id>` for a built-in topic the folder's own copy hides. */
  id: string;
  /** Relative to the content folder, e.g. `topics/car-t.yaml`; a built-in topic's is `builtin:topics/<id>.yaml` (not editable here). */
  path: string;
  /** `builtin`: from ImmunoDeck's library, usable in decks but read-only. @default 'own' */
  origin?: 'own' | 'builtin';
  title: string;
  category: string;
  summary: string;
  audiences: string[];
  tags: string[];
  lastReviewed: string;
  slides: SlideSummary[];
}

/** A deck file in the library. */
export interface DeckSummary {
  id: string;
  path: string;
  title: string;
  audience: string;
}

/** A topic file that exists but does not load. */
export type BrokenTopic = Pick<DeckSummary, 'id' | 'path'>;

/** Everything the library browser shows. */
export interface LibrarySnapshot extends LibraryInfo {
  topics: TopicSummary[];
  /**
   * The built-in topics (read-only, `origin: 'builtin'`) that decks of this folder may name next to
   * its own: a topic the folder does not have is found there; one it has is `builtin:<id>`. Empty
   * when the open folder is the built-in library.
   */
  builtinTopics: TopicSummary[];
  broken: BrokenTopic[];
  decks: DeckSummary[];
  categories: string[];
  /** Themes, with the slide background a branding colour is checked against. */
  themes: { name: string; label: string; background?: string }[];
  /** Image files of images/ (relative paths): the clinical pictures slides show. */
  images: string[];
  /**
   * Logo files (relative paths): images/logos/, plus files of images/ named like a logo
   * (`*logo*`). The logo picker lists only these, never the clinical diagrams.
   */
  logos?: string[];
  /** Every problem of the library; locations are relative to the content folder. */
  problems: Diagnostic[];
}

/** A topic file's text. */
export interface TopicText {
  path: string;
  text: string;
  /** Content hash of the file as read; send it back as `baseHash` when saving. */
  hash?: string;
  /** True when the file cannot be saved (built-in library). */
  readOnly: boolean;
}

/** Problems found in topic text (errors and warnings), with lines relative to the text. */
export interface TopicCheck {
  path: string;
  diagnostics: Diagnostic[];
  /** After topic:save: the content hash of the file as written; send it as `baseHash` on the next save. */
  hash?: string;
}

/** A problem of a structured slide edit, next to the field it concerns. */
export interface FieldProblem {
  /** The slide's top-level field (`title`, `items`, `alt`, …); absent for problems elsewhere. */
  field?: string;
  message: string;
  hint?: string;
  /** 1-based line in the edited text. */
  line?: number;
}

/** The answer of topic:edit-slide: saved, or not saved because of problems shown next to the fields. */
export interface SlideEdit {
  saved: boolean;
  path: string;
  /** The new content hash when saved. */
  hash?: string;
  /** The file's text after the edit (saved or not). */
  text: string;
  problems: FieldProblem[];
}

/** An opened deck file. */
export interface OpenedDeck {
  path: string;
  draft: DeckDraft;
  /** Content hash of the file as read; send it back as `baseHash` when saving. */
  hash?: string;
}

/** One slide of a preview, for the presenter view. */
export interface PreviewSlide {
  title: string;
  notes: string;
}

/** A rendered preview page, to load in an iframe. */
export interface PreviewResult {
  /** `preview/<id>.html` (browser: same origin, relative) or `deck://preview/<id>.html` (desktop app). */
  url: string;
  slides: PreviewSlide[];
}

/**
 * A saved deck file (relative path) and its new content hash (send it as `baseHash` on the next save).
 *
 * Save conflicts (deck:save and topic:save alike): when `baseHash` is given and the file on disk no
 * longer has that hash (someone changed or deleted it since it was opened), nothing is written and
 * the answer is `{ ok: false, diagnostics: [{ code: 'CONFLICT', severity: 'error', message:
 * '<path> changed on disk since you opened it, …', location: { file: '<path>', line: 0, column: 0 },
 * hint }] }`. The UI then offers: reload (topic:read / deck:open again, which give the new `hash`),
 * overwrite (the same save with `overwrite: true`), or save as another file. Without `baseHash`
 * the save is not checked, so the UI must always send the hash it got. Hashes are `sha256-<hex>`
 * of the file's bytes. Deck saves keep the comments, key order and `$schema` line of the file.
 */
export type SavedDeck = { path: string; hash?: string };

/** Files an export wrote. */
export interface ExportResult {
  exportId: string;
  /** Absolute paths. */
  files: string[];
}

/** The answer of export:reveal. */
export interface RevealResult {
  /** True when a file manager (or, for `open`, the file's program) was opened; false in the browser build (show the path instead). */
  shown: boolean;
  path: string;
  /** Why the file could not be opened, in the system's words (`open` only). */
  reason?: string;
}

/** A recently opened or saved deck. */
export interface RecentDeck {
  /** Content folder (absolute). */
  root: string;
  /** Deck file, relative to root. */
  path: string;
  title: string;
  /** ISO time. */
  openedAt: string;
}

/** What each channel answers. */
export interface ResponseMap {
  'app:info': AppInfo;
  'library:open': LibraryInfo;
  'library:customize': LibraryInfo;
  'library:list': LibrarySnapshot;
  'topic:read': TopicText;
  'topic:validate': TopicCheck;
  'topic:save': TopicCheck;
  'topic:create': TopicText;
  'topic:edit-slide': SlideEdit;
  'deck:open': OpenedDeck;
  'deck:preview': PreviewResult;
  'deck:save': SavedDeck;
  'deck:export': ExportResult;
  'export:reveal': RevealResult;
  'asset:import': { path: string };
  'recent:list': RecentDeck[];
}

/** The contract: channel → (request) → Promise of result. */
export type DeckIpc = { [K in Channel]: (request: RequestOf<K>) => Promise<ApiResult<ResponseMap[K]>> };

// ── Events (main/server → UI) ──

/** Payloads of the events the UI can subscribe to. */
export interface EventMap {
  /** Files of the open content folder changed on disk (emitted within a second). */
  'library:changed': { root: string; paths: string[] };
  /** Progress of a running export. */
  'export:progress': { exportId: string; done: number; total: number; step: string };
  /** A desktop menu item the UI carries out (it holds the deck being edited). Never sent by the HTTP server. */
  'menu:command': { command: 'save-deck' | 'export' };
}

/** An event name. */
export type EventName = keyof EventMap;
/** Every event name. */
export const EVENTS: EventName[] = ['library:changed', 'export:progress', 'menu:command'];

/** The API the renderer uses: one method per channel, plus `on` for events (returns an unsubscribe). */
export type DeckApi = DeckIpc & {
  on<E extends EventName>(event: E, callback: (payload: EventMap[E]) => void): () => void;
};

/**
 * Validate a raw request for a channel. Returns the parsed request, or diagnostics naming the
 * offending field, so handlers can answer `{ ok: false }` instead of throwing.
 */
export function parseRequest<K extends Channel>(channel: K, raw: unknown): ApiResult<RequestOf<K>> {
  const schema = REQUEST_SCHEMAS[channel] as z.ZodType | undefined;
  if (!schema) return { ok: false, diagnostics: [{ code: 'SCHEMA', severity: 'error', message: `unknown channel "${String(channel)}"` }] };
  const parsed = schema.safeParse(raw ?? undefined);
  if (parsed.success) return { ok: true, value: (parsed.data ?? {}) as RequestOf<K> };
  const diagnostics: Diagnostic[] = parsed.error.issues.slice(0, 5).map((i) => ({
    code: 'SCHEMA',
    severity: 'error',
    message: `${channel}: ${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`,
  }));
  return { ok: false, diagnostics };
}

/** True when `name` is a known invoke channel. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, name);
}
