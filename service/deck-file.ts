import path from 'node:path';
import { Document } from 'yaml';
import type { LoadedDeck } from '../core/model/content.js';
import { parseDeckText } from '../core/load/load-deck.js';
import type { Result } from '../core/result.js';
import type { DeckData } from '../core/validate/deck-schema.js';
import type { DeckDraft, DeckItem } from '../electron/ipc-contract.js';
import { relativeTo } from './confine.js';

type TopicEntry = DeckData['topics'][number];

/** The deck file's plain data for a draft (logo made relative to the decks/ folder). */
export function draftToDeckData(draft: DeckDraft): Record<string, unknown> {
  const branding = { ...(draft.logo ? { logo: `../${draft.logo}` } : {}), ...stripEmpty(draft.branding ?? {}) };
  return stripEmpty({
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

/** The YAML text of a deck file for a draft. */
export function draftToYaml(draft: DeckDraft): string {
  const doc = new Document(draftToDeckData(draft));
  doc.commentBefore = ' ImmunoDeck deck file (see docs/topic-format.md). Topics are listed in presentation order.';
  return doc.toString({ lineWidth: 0 });
}

/** Validate a draft as the deck file it would be saved as, at `<root>/decks/<id>.yaml`. */
export function draftToLoadedDeck(draft: DeckDraft, root: string): Result<LoadedDeck> {
  const abs = path.join(root, 'decks', `${draft.id}.yaml`);
  return parseDeckText(draftToYaml(draft), abs, relativeTo(root, abs));
}

/** A loaded deck file as a draft the builder can edit. */
export function deckToDraft(deck: LoadedDeck, root: string): DeckDraft {
  const d = deck.data;
  const { logo, ...branding } = d.branding ?? {};
  const logoRel = logo ? relativeTo(root, path.resolve(path.dirname(deck.file), logo)) : undefined;
  return stripEmpty({
    id: deck.id,
    title: d.title,
    subtitle: d.subtitle,
    audience: d.audience,
    theme: d.theme,
    presenter: d.presenter,
    institution: d.institution,
    date: d.date,
    description: d.description,
    language: d.language,
    logo: logoRel && !logoRel.startsWith('..') ? logoRel : undefined,
    branding: Object.keys(branding).length ? branding : undefined,
    options: d.options && Object.keys(d.options).length ? (d.options as Record<string, boolean | string>) : undefined,
    items: d.topics.flatMap(topicToItems),
  }) as DeckDraft;
}

function topicToItems(entry: TopicEntry): DeckItem[] {
  if (typeof entry === 'string') return [{ kind: 'topic', topic: entry }];
  if (!entry.slides) return [{ kind: 'topic', topic: entry.topic, ...(entry.section ? { section: true } : {}) }];
  return entry.slides.map((slide) => ({ kind: 'slide' as const, topic: entry.topic, slide }));
}

function stripEmpty<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
