/**
 * Library search that forgives case, hyphens, spaces and accents: "CAR-T", "car t" and "CART"
 * all find CAR-T; "fatigue" finds slides that mention it in their text or notes. Pure: no DOM.
 */
import type { TopicSummary } from '../../contract/ipc-contract.js';

/** Lower case, accents removed, every run of non-letters/digits a single space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A prepared query: true when `haystack` (any text) matches it. The query with its spaces and
 * hyphens removed must start at a word of the text ("cart" meets "CAR-T cell"), or, for queries of
 * several real words, each word must start a word of the text ("fatigue rash").
 */
export function queryMatcher(query: string): (haystack: string) => boolean {
  const folded = fold(query);
  if (!folded) return () => true;
  const whole = folded.replace(/ /g, '');
  const words = folded.split(' ');
  const byWords = words.length > 1 && words.every((w) => w.length >= 2);
  return (hay) => {
    const tokens = fold(hay).split(' ');
    const startsAt = (i: number) =>
      tokens
        .slice(i, i + 6)
        .join('')
        .startsWith(whole);
    if (tokens.some((t, i) => whole.startsWith(t.slice(0, 1)) && startsAt(i))) return true;
    return byWords && words.every((w) => tokens.some((t) => t.startsWith(w)));
  };
}

/** The text of a topic that search looks at: titles, summary, tags, every slide's words and notes. */
export function topicHaystack(t: TopicSummary): string {
  return [t.title, t.summary, t.id, t.category, ...t.tags, ...t.slides.flatMap((s) => [s.title, s.text ?? '', s.notes ?? ''])].join(' \n ');
}

/** Slides of a topic that match the query themselves (to show why a topic was found). */
export function matchingSlides(t: TopicSummary, query: string): number[] {
  if (!fold(query)) return [];
  const match = queryMatcher(query);
  return t.slides.flatMap((s, i) => (match([s.title, s.text ?? '', s.notes ?? ''].join(' ')) ? [i] : []));
}

/** How many slides of a topic a deck for `audience` shows. */
export function slidesFor(t: TopicSummary, audience: string): number {
  return t.slides.filter((s) => s.audience === 'both' || s.audience === audience).length;
}
