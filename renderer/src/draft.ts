/**
 * The deck as the builder edits it (topics and single slides as a flat list, the logo relative to
 * the content folder), and its conversion to and from the contract's draft, which is the deck
 * file's own data. Pure: no DOM, no I/O.
 */
import type { DeckDraft as DeckFileDraft } from '../../contract/ipc-contract.js';

/** One entry of a deck under construction: a whole topic, or one slide of a topic. */
export type DeckItem = { kind: 'topic'; topic: string; section?: boolean } | { kind: 'slide'; topic: string; slide: string | number };

/** A deck as the builder edits it. */
export interface DeckDraft {
  /** Deck id = file name in decks/ without .yaml. */
  id: string;
  title: string;
  subtitle?: string;
  audience: 'patient' | 'professional';
  theme?: string;
  presenter?: string;
  institution?: string;
  date?: string;
  description?: string;
  language?: string;
  /** Logo, relative to the content folder (e.g. `images/clinic-logo.svg`). */
  logo?: string;
  branding?: { primaryColor?: string; accentColor?: string; footer?: string; phone?: string };
  options?: Record<string, boolean | string>;
  items: DeckItem[];
}

type TopicEntry = DeckFileDraft['deck']['topics'][number];

/** The contract's draft (deck file data) for the builder's deck. */
export function toFileDraft(draft: DeckDraft): DeckFileDraft {
  const branding = { ...(draft.logo ? { logo: `../${draft.logo}` } : {}), ...stripEmpty(draft.branding ?? {}) };
  const deck = stripEmpty({
    title: draft.title,
    subtitle: draft.subtitle,
    audience: draft.audience,
    theme: draft.theme,
    presenter: draft.presenter,
    institution: draft.institution,
    date: draft.date,
    description: draft.description,
    language: draft.language,
    topics: itemsToTopics(draft.items),
    branding: Object.keys(branding).length ? branding : undefined,
    options: draft.options && Object.keys(draft.options).length ? draft.options : undefined,
  });
  return { id: draft.id, deck: deck as DeckFileDraft['deck'] };
}

/** The builder's deck for a draft the service opened. */
export function fromFileDraft(file: DeckFileDraft): DeckDraft {
  const d = file.deck;
  const { logo, ...branding } = d.branding ?? {};
  const logoRel = logo?.startsWith('../') ? logo.slice(3) : undefined;
  return stripEmpty({
    id: file.id,
    title: d.title,
    subtitle: d.subtitle,
    audience: d.audience,
    theme: d.theme,
    presenter: d.presenter,
    institution: d.institution,
    date: d.date instanceof Date ? d.date.toISOString().slice(0, 10) : d.date,
    description: d.description,
    language: d.language,
    logo: logoRel && !logoRel.startsWith('..') ? logoRel : undefined,
    branding: Object.keys(branding).length ? branding : undefined,
    options: d.options && Object.keys(d.options).length ? (d.options as Record<string, boolean | string>) : undefined,
    items: d.topics.flatMap(topicToItems),
  }) as DeckDraft;
}

/** Deck items to the deck file's `topics:` list; consecutive single slides of one topic share an entry. */
export function itemsToTopics(items: DeckItem[]): TopicEntry[] {
  const out: TopicEntry[] = [];
  for (const item of items) {
    if (item.kind === 'topic') {
      out.push(item.section ? { topic: item.topic, section: true } : item.topic);
      continue;
    }
    const last = out[out.length - 1];
    if (last && typeof last !== 'string' && last.topic === item.topic && last.slides && !last.section) last.slides.push(item.slide);
    else out.push({ topic: item.topic, slides: [item.slide] });
  }
  return out;
}

function topicToItems(entry: TopicEntry): DeckItem[] {
  if (typeof entry === 'string') return [{ kind: 'topic', topic: entry }];
  if (!entry.slides) return [{ kind: 'topic', topic: entry.topic, ...(entry.section ? { section: true } : {}) }];
  return entry.slides.map((slide) => ({ kind: 'slide' as const, topic: entry.topic, slide }));
}

function stripEmpty<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
