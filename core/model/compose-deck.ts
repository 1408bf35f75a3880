import path from 'node:path';
import { error, warning, type Diagnostic, type SourceLocation } from '../errors.js';
import { checkImage } from '../validate/validate-topic.js';
import { confine } from '../confine.js';
import { fail, ok, type Result } from '../result.js';
import type { Audience, Reference, Slide } from '../validate/topic-schema.js';
import type { Library, LoadedDeck, LoadedTopic } from '../validate/content.js';
import { findTopic, type FoundTopic } from '../validate/find-topic.js';
import { checkOverride } from '../validate/slide-checks.js';
import { hiddenBuiltin, missingTopic, repeatedReferences, SeenSlides, startsWithSection } from './deck-checks.js';
import type { DeckModel, DeckReference, SlideModel } from './deck-model.js';
import { baseLanguage, formatDate, t } from '../i18n/messages.js';
import { LIMITS, type Language } from '../options.js';
import { missingWordingProblem, slideWording, topicTitle } from './slide-wording.js';

/** References per generated references slide, so each stays readable. */
const REFERENCES_PER_SLIDE = 6;

/** Options for {@link composeDeck}. */
export interface ComposeOptions {
  /** Build for this audience instead of the deck file's. */
  audience?: Audience;
  /** Use this theme instead of the deck file's. */
  theme?: string;
  /** Build in this language (tag such as `es` or `es-MX`) instead of the deck file's. */
  language?: string;
  /**
   * Show slides that have no wording in the deck's language in English, marked, with a warning,
   * instead of failing. @default false
   */
  allowEnglishFallback?: boolean;
}

/** What composing one deck needs to know besides the deck and library. */
interface ComposeContext {
  audience: Audience;
  /** The product language of the deck (`es` for `es-MX`). */
  language: Language;
  /** The document language tag, as given. */
  tag: string;
  fallback: boolean;
  refs: ReferenceTable;
  root: string;
  problems: Diagnostic[];
}

/**
 * Compose a deck from a deck file and a library: pick the topics and slides, apply the audience's
 * wording, number references, and add the title and references slides. Every missing topic, slide
 * or logo is reported with the deck file's line and column.
 */
export function composeDeck(deck: LoadedDeck, library: Library, options: ComposeOptions = {}): Result<DeckModel> {
  const d = deck.data;
  const audience = options.audience ?? d.audience;
  const tag = options.language ?? d.language ?? 'en';
  const problems: Diagnostic[] = [];
  const refs = new ReferenceTable();
  const ctx: ComposeContext = {
    audience,
    language: baseLanguage(tag),
    tag,
    fallback: options.allowEnglishFallback ?? false,
    refs,
    root: library.root,
    problems,
  };
  const bounds = deckBounds(deck, library, audience);
  if (bounds) return fail([bounds]);
  const slides: SlideModel[] = [];
  const used: LoadedTopic[] = [];
  const seen = new SeenSlides(deck);
  d.topics.forEach((entry, i) => {
    const ref = typeof entry === 'string' ? { topic: entry } : entry;
    const at = typeof entry === 'string' ? ['topics', i] : ['topics', i, 'topic'];
    const found = findTopic(library, ref.topic);
    const topic = found.topic;
    if (!topic) return void problems.push(missingTopic(found, library, deck.locate(at)));
    if (found.hides) problems.push(hiddenBuiltin(found, deck.locate(at)));
    if (topic.data.audiences && !topic.data.audiences.includes(audience)) {
      problems.push(
        warning(
          'UNKNOWN_TOPIC',
          `topic "${ref.topic}" is written for ${topic.data.audiences.join(' and ')} audiences, but this deck is for ${audience}s`,
          deck.locate(at),
        ),
      );
    }
    used.push(topic);
    const picked = seen.keep(found, ref.slides, pickSlides(topic, ref.slides, audience, deck, i, problems), i, problems);
    const section = ref.section ?? d.options?.sections ?? false;
    if (section && !startsWithSection(found, picked, deck.locate(at), problems)) slides.push(sectionSlide(topic, found.name, ctx.language));
    if (d.options?.references !== false) problems.push(...repeatedReferences(found, picked, deck.locate(at)));
    for (const [slide, index] of picked) {
      problems.push(...checkOverride(topic, slide, index, audience));
      slides.push(toSlideModel(found, slide, index, ctx));
    }
  });
  const logo = resolveLogo(deck, library.root, problems);
  if (problems.some((p) => p.severity === 'error')) return fail(problems);
  // The references slides list the sources the chosen slides cite, numbered in order of first citation.
  const references = refs.list();
  // Without a references slide, "Sources: [1]" would point at nothing, so citations are left off too.
  if (d.options?.references === false) for (const s of slides) s.citations = [];
  const all = [
    ...(d.options?.titleSlide === false ? [] : [titleSlide(deck, audience, tag)]),
    ...slides,
    ...(d.options?.references === false ? [] : referenceSlides(references, tag)),
  ];
  const wide = (d.options?.aspectRatio ?? '16:9') === '16:9';
  return ok(
    {
      id: deck.id,
      title: d.title,
      subtitle: d.subtitle,
      audience,
      theme: options.theme ?? d.theme ?? 'clinical',
      presenter: d.presenter,
      institution: d.institution,
      date: d.date,
      description: d.description,
      language: tag,
      slideNumbers: d.options?.slideNumbers ?? true,
      width: wide ? 1280 : 1024,
      height: wide ? 720 : 768,
      branding: { ...d.branding, logo },
      slides: all,
      references,
      topics: used.map((tp) => ({ id: tp.id, title: topicTitle(tp, ctx.language), lastReviewed: tp.data.lastReviewed })),
      sources: [deck.file, ...used.map((t) => t.file)],
      root: library.root,
    },
    problems,
  );
}

/**
 * The deck's size once its topics are expanded, counted before anything is composed or rendered:
 * more than {@link LIMITS}.deckSlides slides, deckWords words, or one topic or slide listed more than
 * deckRepeats times is an error located at the entry that crosses the line (a 40 kB deck listing a
 * 2,000-slide topic 5,000 times asks for 10 million slides). Counts only: no slide is built.
 */
function deckBounds(deck: LoadedDeck, library: Library, audience: Audience): Diagnostic | undefined {
  const words = new Map<string, number[]>();
  const repeats = new Map<string, number>();
  let totalSlides = 0;
  let totalWords = 0;
  const entries = deck.data.topics;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const ref = typeof entry === 'string' ? { topic: entry, slides: undefined } : entry;
    const topic = findTopic(library, ref.topic).topic;
    if (!topic) continue;
    const at = deck.locate(typeof entry === 'string' ? ['topics', i] : ['topics', i, 'topic']);
    let counts = words.get(topic.file);
    if (!counts) words.set(topic.file, (counts = topic.data.slides.map(wordCount)));
    // The same choice of slides the deck is composed from; an unknown slide is reported there, not here.
    const picked = pickSlides(topic, ref.slides, audience, deck, i, []).map(([, k]) => k);
    const keys = ref.slides ? picked.map((k) => `${topic.file}#${k}`) : [topic.file];
    for (const key of keys) {
      const n = (repeats.get(key) ?? 0) + 1;
      repeats.set(key, n);
      if (n > LIMITS.deckRepeats) {
        const what = ref.slides ? `a slide of topic "${ref.topic}"` : `topic "${ref.topic}"`;
        return error(
          'SCHEMA',
          `${what} is listed more than ${LIMITS.deckRepeats} times in this deck, so it was not built`,
          at,
          'List each topic once (pick slides with `slides:` if you need only some of them).',
        );
      }
    }
    totalSlides += picked.length;
    for (const k of picked) totalWords += counts[k]!;
    const over = tooLarge('slides', totalSlides, LIMITS.deckSlides, at) ?? tooLarge('words', totalWords, LIMITS.deckWords, at);
    if (over) return over;
  }
  return undefined;
}

/** The error for a deck whose expanded count of slides or words passes its limit, at the entry that crossed it. */
function tooLarge(what: 'slides' | 'words', total: number, limit: number, at: SourceLocation): Diagnostic | undefined {
  if (total <= limit) return undefined;
  const n = (v: number) => v.toLocaleString('en-US');
  return error(
    'SCHEMA',
    `this deck would have more than ${n(limit)} ${what} (${n(total)} by this entry), so it was not built`,
    at,
    'Split it into several smaller decks, or pick fewer slides with `slides:`.',
  );
}

/** Words in a slide's text, every language and field counted (an upper bound: cheap and enough for a limit). */
function wordCount(value: unknown): number {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + wordCount(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + wordCount(v), 0);
  return 0;
}

/** A slide is shown to an audience unless it is marked for the other one. */
export function isForAudience(slide: Pick<Slide, 'audience'>, audience: Audience): boolean {
  return !slide.audience || slide.audience === 'both' || slide.audience === audience;
}

/** The slide's stable id within its topic: its own id or its 1-based position. */
export function slideId(slide: Slide, index: number): string {
  return slide.id ?? String(index + 1);
}

function pickSlides(
  topic: LoadedTopic,
  wanted: (string | number)[] | undefined,
  audience: Audience,
  deck: LoadedDeck,
  i: number,
  problems: Diagnostic[],
): [Slide, number][] {
  const all = topic.data.slides;
  if (!wanted) return all.map((s, idx): [Slide, number] => [s, idx]).filter(([s]) => isForAudience(s, audience));
  const out: [Slide, number][] = [];
  wanted.forEach((w, j) => {
    const idx = typeof w === 'number' ? w - 1 : all.findIndex((s, k) => slideId(s, k) === w);
    const slide = all[idx];
    if (!slide) {
      const ids = all.map((s, k) => slideId(s, k)).join(', ');
      problems.push(
        error(
          'UNKNOWN_TOPIC',
          `topic "${topic.id}" has no slide ${typeof w === 'number' ? `number ${w} (it has ${all.length})` : `"${w}"`}`,
          deck.locate(['topics', i, 'slides', j]),
          `Slides of ${topic.id}: ${ids}.`,
        ),
      );
    } else out.push([slide, idx]);
  });
  return out;
}

function toSlideModel(found: FoundTopic, slide: Slide, index: number, ctx: ComposeContext): SlideModel {
  const topic = found.topic!;
  const { refs } = ctx;
  const root = found.layer.root;
  const { slide: s, missing } = slideWording(topic, slide, index, ctx.audience, ctx.language);
  if (missing.length) ctx.problems.push(missingWordingProblem(topic, slide, index, missing, ctx.language, ctx.fallback));
  const byId = new Map(topic.data.references.map((r) => [r.id, r]));
  const citations = (slide.cite ?? []).map((c) => refs.number(found.name, byId.get(c)!));
  const model: SlideModel = {
    key: `${found.name}#${slideId(slide, index)}`,
    layout: slide.layout,
    topicId: topic.id,
    topicTitle: topicTitle(topic, ctx.language),
    citations: [...new Set(citations)].sort((a, b) => a - b),
    source: topic.locate(['slides', index]),
  };
  copyDefined(model, s, [
    'title',
    'subtitle',
    'text',
    'items',
    'left',
    'right',
    'alt',
    'caption',
    'credit',
    'columns',
    'rows',
    'message',
    'tone',
    'notes',
  ]);
  if (missing.length) model.fallbackLanguage = 'en';
  if (slide.layout === 'image') model.image = confine(root, slide.image, { from: path.dirname(topic.file) });
  // Listed by number (order of first citation across the deck), not in the topic file's order.
  if (slide.layout === 'references')
    model.references = [...new Set(topic.data.references.map((r) => refs.number(found.name, r)))]
      .sort((a, b) => a - b)
      .map((n) => refs.get(n));
  return model;
}

function copyDefined(target: SlideModel, source: Record<string, unknown>, keys: (keyof SlideModel)[]): void {
  for (const k of keys) if (source[k] !== undefined) (target as unknown as Record<string, unknown>)[k] = source[k];
}

function sectionSlide(topic: LoadedTopic, name: string, language: Language): SlideModel {
  const title = topicTitle(topic, language);
  return {
    key: `${name}#section`,
    layout: 'section',
    topicId: topic.id,
    topicTitle: title,
    title,
    citations: [],
    source: topic.locate(['title']),
  };
}

function titleSlide(deck: LoadedDeck, audience: Audience, tag: string): SlideModel {
  const d = deck.data;
  const by = [d.presenter, d.institution, d.date && formatDate(tag, d.date)].filter(Boolean).join(' · ');
  return {
    key: `${deck.id}#title`,
    layout: 'title',
    title: d.title,
    subtitle: d.subtitle,
    text: by || undefined,
    notes: d.description ?? t(tag, audience === 'patient' ? 'title.notes.patient' : 'title.notes.professional'),
    citations: [],
    source: deck.locate(['title']),
  };
}

function referenceSlides(references: DeckReference[], tag: string): SlideModel[] {
  const pages = Math.ceil(references.length / REFERENCES_PER_SLIDE);
  return Array.from({ length: pages }, (_, p) => ({
    key: `deck#references-${p + 1}`,
    layout: 'references' as const,
    title: pages > 1 ? t(tag, 'references.titlePaged', { page: p + 1, pages }) : t(tag, 'references.title'),
    references: references.slice(p * REFERENCES_PER_SLIDE, (p + 1) * REFERENCES_PER_SLIDE),
    notes: t(tag, 'references.notes'),
    citations: [],
  }));
}

function resolveLogo(deck: LoadedDeck, root: string, problems: Diagnostic[]): string | undefined {
  const logo = deck.data.branding?.logo;
  if (!logo) return undefined;
  const found = checkImage(logo, deck, root, ['branding', 'logo'], 'logo: ');
  problems.push(...found);
  return found.length ? undefined : confine(root, logo, { from: path.dirname(deck.file) });
}

/** Numbers references in order of first use; the same source cited by two topics gets one number. */
class ReferenceTable {
  private readonly byKey = new Map<string, DeckReference>();
  private readonly order: DeckReference[] = [];

  number(topicId: string, r: Reference): number {
    const key = r.doi ?? r.url ?? `${topicId}:${r.text}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { n: this.order.length + 1, text: r.text, url: r.url, doi: r.doi, pmid: r.pmid, accessed: r.accessed };
      this.byKey.set(key, entry);
      this.order.push(entry);
    }
    return entry.n;
  }

  get(n: number): DeckReference {
    return this.order[n - 1]!;
  }

  list(): DeckReference[] {
    return [...this.order];
  }
}
